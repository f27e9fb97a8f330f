#pragma once

#include "core/module.h"
#include "core/practitionerguide.h"
#include "core/service.h"

#include "models/chiplistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace cg {

class SettingsController;

// Practitioner mode's "Make a code": the topics talked about suggest guides and local help; the
// practitioner picks up to seven of each, and gets the typed code and its QR code for the parent.
// The code holds the area, the agency type and the picks, nothing about the family or the
// practitioner. Only what may reach a parent's Home is offered (recommendationrules.h). With signs
// of abuse no guide is offered (they are about arguing, and abuse is not conflict), nor help for
// both parents together; picks that stop being offered are dropped.
class RecommendationBuilder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app at start-up")
    Q_PROPERTY(cg::ChipListModel *topics READ topics CONSTANT)
    Q_PROPERTY(cg::ChipListModel *guides READ guides CONSTANT)
    Q_PROPERTY(cg::ChipListModel *services READ services CONSTANT)
    Q_PROPERTY(bool signsOfAbuse READ signsOfAbuse WRITE setSignsOfAbuse NOTIFY signsOfAbuseChanged)
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    Q_PROPERTY(QString qrText READ qrText NOTIFY codeChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString missing READ missing NOTIFY readinessChanged)
    Q_PROPERTY(int pickedCount READ pickedCount NOTIFY readinessChanged)

public:
    using ServicesNow = std::function<QList<Service>()>;  // national and the chosen area's

    RecommendationBuilder(const QList<Module> &modules, ServicesNow services, QList<TopicSuggestion> topicMap,
                          SettingsController &settings, QObject *parent = nullptr);

    ChipListModel *topics() { return &m_topics; }
    ChipListModel *guides() { return &m_guides; }
    ChipListModel *services() { return &m_services; }
    bool signsOfAbuse() const { return m_signsOfAbuse; }
    void setSignsOfAbuse(bool signs);
    // The typed code once made, grouped for reading out; empty before.
    QString code() const { return m_code; }
    // The text inside the QR code (the screen draws it through the "qr" image provider); empty before.
    QString qrText() const;
    QString problem() const { return m_problem; }
    // What still has to be chosen before a code can be made (area, agency), in words; empty when ready.
    QString missing() const;
    int pickedCount() const;

    // Makes the code from the picks. False, with a problem, when something is missing.
    Q_INVOKABLE bool makeCode();
    // Back to picking, keeping the picks (to change one).
    Q_INVOKABLE void changePicks();
    // Nothing picked, ready for the next family.
    Q_INVOKABLE void startAgain();
    // Picks one topic as a tap on its chip would. False for a topic not offered.
    bool pickTopic(const QString &topicId);
    // Every topic's id, in the guide's order.
    QStringList topicIds() const;
    // The lists afresh, after the area or the area's guides changed.
    void refresh();

    static constexpr int kMaxPicks = 7;  // Recommendation::kMaxItems

signals:
    void signsOfAbuseChanged();
    void codeChanged();
    void problemChanged();
    void readinessChanged();

private:
    void topicsPicked();
    void keepWithinLimit(ChipListModel &list, const QString &tooMany);
    static void keepOnlyOffered(ChipListModel &list);
    QString labelsOf(const QStringList &keys) const;
    void rebuildServices();
    bool offered(const Module &module) const;
    bool offered(const Service &service) const;
    void setProblem(const QString &problem);
    void setCode(const QString &code);

    const QList<Module> &m_modules;
    ServicesNow m_servicesNow;
    QList<TopicSuggestion> m_topicMap;
    SettingsController &m_settings;
    ChipListModel m_topics;
    ChipListModel m_guides;
    ChipListModel m_services;
    QStringList m_previousTopics;
    bool m_signsOfAbuse = false;
    QString m_code;
    QString m_problem;
};

} // namespace cg
