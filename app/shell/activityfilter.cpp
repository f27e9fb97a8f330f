#include "shell/activityfilter.h"

#include <QEvent>

namespace cg {

ActivityFilter::ActivityFilter(std::function<void()> onActivity, QObject *parent)
    : QObject(parent)
    , m_onActivity(std::move(onActivity))
{
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::InputMethod:  // typing on a phone's on-screen keyboard
    case QEvent::Wheel:
        m_onActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cg
