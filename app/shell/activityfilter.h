#pragma once

#include <QObject>

#include <functional>

namespace cg {

// Watches the whole app for the parent's touches and key presses (without taking them), so the
// journal's auto-lock only counts time when the phone is really left alone.
class ActivityFilter : public QObject
{
public:
    explicit ActivityFilter(std::function<void()> onActivity, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_onActivity;
};

} // namespace cg
