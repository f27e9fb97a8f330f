#pragma once

#include "core/recommendationcode.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

class SettingsController;

// The parent's side of a practitioner's recommendation: a code typed in or scanned is checked,
// and kept only when it can be used as a whole. A code for another area asks before the area
// changes; saying no changes nothing. The kept code shows on Home (RecommendationListModel).
class RedeemController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(QString codeAreaName READ codeAreaName NOTIFY changed)
    Q_PROPERTY(QString currentAreaName READ currentAreaName NOTIFY changed)

public:
    enum Step { Enter, AskToSwitchArea, Redeemed };
    Q_ENUM(Step)

    // The ids of every guide and service the app has for an area (national ones included), and
    // those of them Home never shows (recommendationlistmodel.h).
    struct Catalogue {
        QStringList moduleIds;
        QStringList serviceIds;
        QStringList neverOnHome;
    };
    using CatalogueFor = std::function<Catalogue(const QString &areaCode)>;

    RedeemController(SettingsController &settings, CatalogueFor catalogueFor, QObject *parent = nullptr);

    Step step() const { return m_step; }
    // Why the last code could not be used, in kind words; empty when it could.
    QString problem() const { return m_problem; }
    // After a code was kept: anything in it the app no longer has. Also "nothing changed" after
    // the parent kept their area.
    QString note() const { return m_note; }
    QString codeAreaName() const;
    QString currentAreaName() const;

    // A code as typed, or the text inside a scanned QR code. True when it was kept at once; a
    // code for another area moves to AskToSwitchArea instead, and a problem stays on Enter.
    Q_INVOKABLE bool redeem(const QString &text);
    // The answers to "switch area?": yes keeps the code and moves area in one save; no changes nothing.
    Q_INVOKABLE bool switchArea();
    Q_INVOKABLE void keepArea();
    // Back to an empty Enter step (each visit starts afresh, and after a quick exit).
    Q_INVOKABLE void startAgain();

    // The kind words for each reason a code cannot be read; public for the tests.
    static QString problemText(CodeProblem problem);

signals:
    void changed();
    // A code was kept, from this kind of agency: what the statistics count (issue 8's metric
    // "practitioner code redeemed", only with the parent's consent). Nothing else is told.
    void redeemed(const QString &agency);

private:
    bool keep();
    void setState(Step step, const QString &problem, const QString &note = {});

    SettingsController &m_settings;
    CatalogueFor m_catalogueFor;
    Step m_step = Enter;
    QString m_problem;
    QString m_note;
    QString m_code;  // the code to keep, waiting for the answer about its area
    Recommendation m_pending;
};

} // namespace cg
