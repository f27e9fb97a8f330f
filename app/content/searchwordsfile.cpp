#include "content/searchwordsfile.h"

#include "content/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace cg {

namespace {

// `file` is relative to the content folder, as issues name it.
SearchWordsResult readWordsFile(const QString &contentDir, const QString &file)
{
    const QString path = QDir(contentDir).filePath(file);
    SearchWordsResult result;
    if (!QFile::exists(path))
        return result;
    const JsonFileResult json = readJsonFile(path, file);
    if (json.issue) {
        result.issues << *json.issue;
        return result;
    }
    if (!json.document.isObject()) {
        result.issues.append({file, QString(), QStringLiteral("must be one JSON object, { ... }")});
        return result;
    }
    // Search lower-cases what is typed and splits it into words, so a key with a capital or a
    // space could never be matched.
    static const QRegularExpression oneWord(QStringLiteral("^[\\p{Ll}\\p{N}]+$"));
    const QJsonObject object = json.document.object();
    for (auto entry = object.begin(); entry != object.end(); ++entry) {
        if (!oneWord.match(entry.key()).hasMatch()) {
            result.issues.append({file, entry.key(),
                                  QStringLiteral("must be one lower-case word with no spaces or hyphens")});
            continue;
        }
        QStringList alternatives;
        for (const QJsonValue &value : entry.value().toArray()) {
            if (value.isString() && !value.toString().trimmed().isEmpty())
                alternatives << value.toString().trimmed();
        }
        if (!entry.value().isArray() || alternatives.size() != entry.value().toArray().size()
            || alternatives.isEmpty()) {
            result.issues.append({file, entry.key(), QStringLiteral("must be a list of words, such as [\"children\"]")});
            continue;
        }
        result.words.insert(entry.key(), alternatives);
    }
    return result;
}

} // namespace

SearchWordsResult readSearchWords(const QString &contentDir)
{
    return readWordsFile(contentDir, QStringLiteral("search-words.json"));
}

SearchWordsResult readAreaSearchWords(const QString &contentDir, const QString &slug)
{
    return readWordsFile(contentDir, QStringLiteral("areas/%1/search-words.json").arg(slug));
}

SearchWords withLocalWords(SearchWords national, const SearchWords &local)
{
    for (auto entry = local.cbegin(); entry != local.cend(); ++entry) {
        QStringList &alternatives = national[entry.key()];
        for (const QString &word : entry.value()) {
            if (!alternatives.contains(word))
                alternatives << word;
        }
    }
    return national;
}

} // namespace cg
