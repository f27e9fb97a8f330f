#include "contentfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

ContentFolder::ContentFolder()
{
    QDir(m_dir.path()).mkdir(QStringLiteral("areas"));
}

QString ContentFolder::path() const
{
    return m_dir.path();
}

void ContentFolder::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString fullPath = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(fullPath).path());
    QFile file(fullPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file %s", qPrintable(fullPath));
}

void ContentFolder::writeArea(const QString &slug, const QJsonObject &fields)
{
    write(QStringLiteral("areas/%1/area.json").arg(slug), QJsonDocument(fields).toJson());
}

void ContentFolder::writeGoodAreas(QDate reviewed)
{
    writeArea(QStringLiteral("sefton"),
              goodArea(QStringLiteral("E08000014"), QStringLiteral("Sefton"), reviewed));
    writeArea(QStringLiteral("wirral"),
              goodArea(QStringLiteral("E08000015"), QStringLiteral("Wirral"), reviewed));
}

QDate testToday()
{
    return QDate(2026, 11, 22);
}

QJsonObject goodArea(const QString &code, const QString &name, QDate reviewed)
{
    return {
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("welcome"),
         QStringLiteral("Welcome to %1. Arguments happen in every family.").arg(name)},
        {QStringLiteral("brand_colour"), QStringLiteral("#1F6F6B")},
        {QStringLiteral("last_reviewed"), reviewed.toString(Qt::ISODate)},
    };
}

QStringList areaNames(const QList<cg::Area> &areas)
{
    QStringList names;
    for (const cg::Area &area : areas)
        names.append(area.name);
    return names;
}

QStringList issuePlaces(const cg::ValidationIssues &issues)
{
    QStringList places;
    for (const cg::ValidationIssue &issue : issues)
        places.append(issue.file + QStringLiteral(" | ") + issue.where);
    return places;
}
