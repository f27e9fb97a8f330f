#include "content/labelnames.h"

#include "content/areamodules.h"
#include "content/checkinfile.h"
#include "content/moduleloader.h"
#include "content/topiclists.h"

namespace cg {
namespace {

QString key(const QString &label, const QString &value)
{
    return label + QLatin1Char('=') + value;
}

// "health-visiting" → "Health visiting": readable, if plainer than a name chosen by a writer.
QString writtenOut(const QString &value)
{
    QString words = value;
    words.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

} // namespace

QString LabelNames::name(const QString &label, const QString &value) const
{
    if (const auto found = m_names.constFind(key(label, value)); found != m_names.cend())
        return *found;
    if (label == QStringLiteral("section"))
        return QStringLiteral("Part %1").arg(value);
    return writtenOut(value);
}

LabelNames readLabelNames(const QString &contentDir)
{
    QHash<QString, QString> names;
    const ModuleLoadResult national = loadModules(contentDir);
    for (const Module &module : national.modules)
        names.insert(key(QStringLiteral("module"), module.id), module.title);
    for (const AreaModules &area : loadAreaModules(contentDir, national.modules).areas) {
        for (const Module &module : area.modules)
            names.insert(key(QStringLiteral("module"), module.id), module.title);
    }
    for (const auto &[topic, words] : readTopicLists(contentDir).serviceTopicLabels)
        names.insert(key(QStringLiteral("category"), topic), words);
    if (const CheckInFileResult checkIn = readCheckIn(contentDir); checkIn.definition) {
        for (const CheckInStage &stage : checkIn.definition->stages)
            names.insert(key(QStringLiteral("stage"), stage.id), stage.label);
        for (const CheckInItem &item : checkIn.definition->items)
            names.insert(key(QStringLiteral("measure"), item.id), item.measure);
    }
    return LabelNames(std::move(names));
}

} // namespace cg
