#pragma once

#include "models/agencylistmodel.h"
#include "models/guidecontroller.h"
#include "models/recommendationbuilder.h"
#include "models/redeemcontroller.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cg {

// The More tab's screens: the parent's settings, entering a code from a family worker, and
// practitioner mode (choosing an agency, the conversation guide, making a code). QML shows the
// view for `screen`.
class MoreController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(cg::RedeemController *redeem READ redeem CONSTANT)
    Q_PROPERTY(cg::AgencyListModel *agencies READ agencies CONSTANT)
    Q_PROPERTY(cg::GuideController *guide READ guide CONSTANT)
    Q_PROPERTY(cg::RecommendationBuilder *builder READ builder CONSTANT)

public:
    enum Screen { Settings, Redeem, Practitioner, Guide, Chapter, Recommend, SentReports };
    Q_ENUM(Screen)

    struct Parts {
        RedeemController *redeem;
        AgencyListModel *agencies;
        GuideController *guide;
        RecommendationBuilder *builder;
    };

    explicit MoreController(const Parts &parts, QObject *parent = nullptr);

    Screen screen() const { return m_screen; }
    RedeemController *redeem() const { return m_parts.redeem; }
    AgencyListModel *agencies() const { return m_parts.agencies; }
    GuideController *guide() const { return m_parts.guide; }
    RecommendationBuilder *builder() const { return m_parts.builder; }

    Q_INVOKABLE void showSettings();
    Q_INVOKABLE void showRedeem();
    Q_INVOKABLE void showPractitioner();
    Q_INVOKABLE void showGuide();
    Q_INVOKABLE void showRecommend();
    // Privacy's "What we have sent".
    Q_INVOKABLE void showSentReports();
    // One step up: a chapter to the guide's contents, practitioner screens to practitioner
    // mode's start, everything else to settings.
    Q_INVOKABLE void back();

    // "" (settings), "privacy/sent", "redeem", "redeem/<code>" (that code typed in and used), "practitioner",
    // "practitioner/guide", "practitioner/guide/<chapter>",
    // "practitioner/recommend", and "practitioner/recommend/<topic>" (the builder with that
    // topic picked and, when an area and agency are chosen, its code made). False for anything else.
    bool openRoute(const QString &route);
    QStringList routes() const;
    // After a quick exit: back to settings, with nothing typed or picked left on screen.
    void forget();

signals:
    void screenChanged();
    // A new screen or chapter: the page goes back to its top.
    void freshScreenShown();

private:
    void setScreen(Screen screen);

    Parts m_parts;
    Screen m_screen = Settings;
};

} // namespace cg
