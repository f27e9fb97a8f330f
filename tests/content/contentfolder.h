#pragma once

#include "core/area.h"
#include "core/validationissue.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

// A content folder built in a temporary directory for one test, removed afterwards.
class ContentFolder
{
public:
    ContentFolder();

    QString path() const;

    // Writes bytes to relativePath, creating folders on the way.
    void write(const QString &relativePath, const QByteArray &bytes);
    void writeArea(const QString &slug, const QJsonObject &fields);

    // Two areas that pass every rule when judged on reviewed (or any day up to a year later):
    // areas/sefton and areas/wirral.
    void writeGoodAreas(QDate reviewed);

private:
    QTemporaryDir m_dir;
};

// The day the validator tests treat as today, so they never depend on the clock.
QDate testToday();

// An area.json that passes every rule, reviewed on the given day.
QJsonObject goodArea(const QString &code, const QString &name, QDate reviewed = testToday());

QStringList areaNames(const QList<cg::Area> &areas);

// "file | where" for each issue: what the tests pin down exactly.
QStringList issuePlaces(const cg::ValidationIssues &issues);
