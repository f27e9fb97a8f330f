#pragma once

#include "core/weeklyreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Report bodies for server tests, made by the app's own writer so the server is tested against
// exactly what phones send.
inline cg::WeeklyReport sampleReport(const QString &reportId, const QString &area = QStringLiteral("E08000014"))
{
    return cg::WeeklyReport{reportId, QStringLiteral("1.0"), QStringLiteral("2026-W47"), area,
                            {{QStringLiteral("app.active"), {}, 1},
                             {QStringLiteral("service.viewed"),
                              {{QStringLiteral("category"), QStringLiteral("parental-conflict")},
                               {QStringLiteral("tier"), QStringLiteral("targeted")}},
                              3}}};
}

inline QByteArray sampleBody(const QString &reportId, const QString &area = QStringLiteral("E08000014"))
{
    return cg::weeklyReportJson(sampleReport(reportId, area));
}

// The sample report with one field replaced (or added), as JSON text.
inline QByteArray sampleBodyWith(const QString &field, const QJsonValue &value)
{
    QJsonObject report = QJsonDocument::fromJson(sampleBody(QStringLiteral("8d6f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d"))).object();
    report.insert(field, value);
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}
