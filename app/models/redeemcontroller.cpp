#include "models/redeemcontroller.h"

#include "models/settingscontroller.h"

namespace cg {

RedeemController::RedeemController(SettingsController &settings, CatalogueFor catalogueFor, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_catalogueFor(std::move(catalogueFor))
{
}

QString RedeemController::problemText(CodeProblem problem)
{
    switch (problem) {
    case CodeProblem::Empty:
        return tr("Type the code your family worker gave you, or scan its square picture.");
    case CodeProblem::NotOurs:
        return tr("This is not a Common Ground code. Check it is the code your family worker gave you.");
    case CodeProblem::BadCharacter:
        return tr("This code has a letter or sign that codes never use. Check it against the one you were given.");
    case CodeProblem::WrongLength:
        return tr("Some characters seem to be missing, or there are too many. Check the code and try again.");
    case CodeProblem::Mistyped:
        return tr("One or two characters do not look right. That is easy to do: check each group against your code.");
    case CodeProblem::NewerVersion:
        return tr("This code was made by a newer version of Common Ground. Update the app, then try the code again.");
    case CodeProblem::Damaged:
        return tr("This code cannot be read. Ask your family worker for a new one.");
    case CodeProblem::None:
        break;
    }
    return {};
}

QString RedeemController::codeAreaName() const
{
    return m_settings.nameOfArea(m_pending.areaCode);
}

QString RedeemController::currentAreaName() const
{
    return m_settings.areaName();
}

bool RedeemController::redeem(const QString &text)
{
    const CodeReadResult read = decodeRecommendation(text);
    if (!read.recommendation) {
        setState(Enter, problemText(read.problem));
        return false;
    }
    if (m_settings.nameOfArea(read.recommendation->areaCode).isEmpty()) {
        setState(Enter, tr("This code is for an area this app does not cover yet. Ask your family worker to check it."));
        return false;
    }
    m_pending = *read.recommendation;
    // Kept without the kind of agency: Home does not need it, and on a phone someone else may
    // look at, "a code from the police" can say too much. (Counting it, with consent, is for the
    // statistics, at this moment only.)
    Recommendation kept = m_pending;
    kept.agency = QStringLiteral("other");
    m_code = *encodeRecommendation(kept);
    const Catalogue catalogue = m_catalogueFor(m_pending.areaCode);
    const RecommendedItems items = resolveRecommendation(m_pending, catalogue.moduleIds, catalogue.serviceIds);
    QStringList shown = items.moduleIds + items.serviceIds;
    if (shown.isEmpty()) {
        setState(Enter, tr("The guides and services in this code are no longer in the app. "
                           "Ask your family worker for a new code."));
        return false;
    }
    shown.removeIf([&catalogue](const QString &id) { return catalogue.neverOnHome.contains(id); });
    if (shown.isEmpty()) {
        setState(Enter, tr("Nothing in this code can go on your Home screen. Help is always there under "
                           "the Safety button at the top."));
        return false;
    }
    if (m_pending.areaCode != m_settings.areaCode()) {
        setState(AskToSwitchArea, QString());
        return false;
    }
    return keep();
}

bool RedeemController::switchArea()
{
    return m_step == AskToSwitchArea && keep();
}

void RedeemController::keepArea()
{
    if (m_step == AskToSwitchArea)
        setState(Enter, QString(),
                 currentAreaName().isEmpty()
                     ? tr("Nothing has changed.")
                     : tr("Nothing has changed. You are still using the app for %1.").arg(currentAreaName()));
}

void RedeemController::startAgain()
{
    m_pending = {};
    m_code.clear();
    setState(Enter, QString());
}

bool RedeemController::keep()
{
    if (!m_settings.keepRecommendation(m_code, m_pending.areaCode)) {
        setState(Enter, tr("The code could not be saved on this phone. Please try again."));
        return false;
    }
    emit redeemed(m_pending.agency);
    const Catalogue catalogue = m_catalogueFor(m_pending.areaCode);
    const int missing = resolveRecommendation(m_pending, catalogue.moduleIds, catalogue.serviceIds).unknown;
    setState(Redeemed, QString(),
             missing == 0 ? QString() : tr("Some things in this code are no longer in the app, so they are not shown."));
    return true;
}

void RedeemController::setState(Step step, const QString &problem, const QString &note)
{
    m_step = step;
    m_problem = problem;
    m_note = note;
    emit changed();
}

} // namespace cg
