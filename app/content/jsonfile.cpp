#include "content/jsonfile.h"

#include <QFile>
#include <QJsonParseError>

namespace cg {

namespace {

int lineAt(const QByteArray &text, qsizetype offset)
{
    const qsizetype end = qBound<qsizetype>(0, offset, text.size());
    return 1 + int(QByteArrayView(text).first(end).count('\n'));
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The line of the last character before end that is not white space.
int lineOfLastTextBefore(const QByteArray &text, qsizetype end)
{
    qsizetype position = qBound<qsizetype>(0, end, text.size());
    while (position > 0 && isJsonSpace(text.at(position - 1)))
        --position;
    return lineAt(text, qMax<qsizetype>(0, position - 1));
}

// For these errors the parser has already read the first character of what came next.
bool readsPastMistake(QJsonParseError::ParseError error)
{
    return error == QJsonParseError::UnterminatedObject
        || error == QJsonParseError::MissingValueSeparator
        || error == QJsonParseError::MissingNameSeparator;
}

// True when that character opens a new string: the mistake is then before it (typically a missing
// comma at the end of the previous line), not the string itself.
bool nextStringFollows(const QByteArray &text, const QJsonParseError &error)
{
    const qsizetype taken = error.offset - 1;
    return taken >= 0 && taken < text.size() && text.at(taken) == '"';
}

// QJsonParseError::offset is where the parser noticed the mistake, which is often past it, even a
// line below (a missing comma at the end of line 2 is noticed at line 3). Point at the line the
// editor has to change.
int lineOfMistake(const QByteArray &text, const QJsonParseError &error)
{
    if (error.error == QJsonParseError::GarbageAtEnd)
        return lineAt(text, error.offset);  // already at the extra text
    if (error.error == QJsonParseError::MissingObject) {
        // "Nothing after a comma": the stray comma is the mistake.
        const qsizetype comma = error.offset > 0 ? text.lastIndexOf(',', error.offset - 1) : -1;
        return lineAt(text, comma >= 0 ? comma : error.offset);
    }
    if (readsPastMistake(error.error)) {
        return nextStringFollows(text, error) ? lineOfLastTextBefore(text, error.offset - 1)
                                              : lineOfLastTextBefore(text, error.offset);
    }
    if (error.offset >= text.size())
        return lineOfLastTextBefore(text, text.size());  // left open at the end of the file
    return lineAt(text, error.offset);  // at the bad character itself
}

// Qt's own wording ("illegal value") assumes a programmer; say what to fix instead.
QString describe(const QByteArray &text, const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        if (error.offset >= text.size())
            return QStringLiteral("the closing } is missing at the end");
        if (nextStringFollows(text, error))
            return QStringLiteral("a comma is missing at the end of this line");
        return QStringLiteral("something here is not in double quotes, or a comma is missing");
    case QJsonParseError::MissingObject:
        return QStringLiteral("there is a comma with nothing after it; remove the last comma");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("a colon (:) is missing after a field name");
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("a comma is missing between two values");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("a closing ] is missing");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("a closing double quote (\") is missing");
    case QJsonParseError::IllegalValue:
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::TerminationByNumber:
        return QStringLiteral("a value is not written correctly; text must be in double quotes, "
                              "like \"Sefton\"");
    case QJsonParseError::IllegalEscapeSequence:
        return QStringLiteral("a backslash (\\) is followed by something JSON does not allow");
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("the file is not saved as UTF-8 text");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("there is extra text after the closing }");
    default:
        return error.errorString();
    }
}

} // namespace

JsonFileResult parseJson(const QByteArray &text, const QString &relativeFile)
{
    if (text.trimmed().isEmpty())
        return {{}, ValidationIssue{relativeFile, {}, QStringLiteral("the file is empty")}};

    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError)
        return {document, std::nullopt};

    return {{},
            ValidationIssue{relativeFile,
                            QStringLiteral("line %1").arg(lineOfMistake(text, error)),
                            QStringLiteral("not valid JSON: ") + describe(text, error)}};
}

JsonFileResult readJsonFile(const QString &path, const QString &relativeFile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{},
                ValidationIssue{relativeFile, {},
                                QStringLiteral("cannot be read: ") + file.errorString()}};
    }
    return parseJson(file.readAll(), relativeFile);
}

} // namespace cg
