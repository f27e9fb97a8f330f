#pragma once

#include "core/module.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// The conversation guide practitioners read before or during a visit (content/practitioner/).
// Its screens are written like a module's sections; the area's pathway is a separate file.

struct GuideScreen {
    ModuleSection section;
    QStringList sources;     // the documents and sections its facts come from, as shown
    bool highlight = false;  // a rule that must stand out, such as never asking in front of a partner
};

struct GuideChapter {
    QString id;
    QString title;
    QList<GuideScreen> screens;
};

// "When the parent talks about this, these guides and kinds of local help fit": the builder's
// suggestions. Help involving both parents is marked, so it is never suggested when a
// practitioner has seen signs of abuse.
struct TopicSuggestion {
    QString id;
    QString label;
    QStringList modules;
    QStringList serviceTopics;
    bool coupleHelp = false;
};

struct PractitionerGuide {
    QString title;
    QDate lastReviewed;
    QList<GuideChapter> chapters;
    QList<TopicSuggestion> topicMap;
};

// How a practitioner can pass a family to one of the area's services.
enum class PathwayRoute { DirectReferral, SelfReferral, TalkFirst, NotAReferralService, Unknown };

struct PathwayStep {
    QString serviceId;
    PathwayRoute route = PathwayRoute::Unknown;
    bool coupleHelp = false;
    QStringList whoCanRefer;  // agency type keys; empty when not stated
    QString whatWeKnow;
    QString source;
};

// An area's referral pathway (content/areas/<slug>/pathway.json): what can be referred to
// directly, what needs a conversation first, and where to turn when there are signs of abuse.
struct AreaPathway {
    QDate lastReviewed;
    bool confirmedByArea = false;
    QString askAbout;  // a role to ask, never a person
    QString note;
    QList<PathwayStep> steps;
    QStringList abuseServices;
    QString abuseWhatWeKnow;
    QString abuseSource;
};

// "direct-referral", "self-referral", "talk-first", "not-a-referral-service", "unknown".
QString pathwayRouteKey(PathwayRoute route);
std::optional<PathwayRoute> pathwayRouteFromKey(const QString &key);
const QStringList &pathwayRouteKeys();

} // namespace cg
