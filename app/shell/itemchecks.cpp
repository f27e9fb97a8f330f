#include "shell/itemchecks.h"

#include <QQuickItem>

namespace cg {
namespace {

constexpr qreal kMinimumTouchTarget = 48.0;

QString accessibleName(const QQuickItem *item)
{
    // Qt Quick keeps Accessible.* in an attached object parented to the item; reading it by class
    // name avoids depending on Qt's private headers.
    for (const QObject *child : item->children()) {
        if (child->inherits("QQuickAccessibleAttached"))
            return child->property("name").toString();
    }
    return {};
}

QString describe(const QQuickItem *item)
{
    const QString text = item->property("text").toString();
    const QString type = QString::fromLatin1(item->metaObject()->className()).section(QLatin1Char('_'), 0, 0);
    return text.isEmpty() ? type : QStringLiteral("%1 \"%2\"").arg(type, text.left(40));
}

void checkItem(const QQuickItem *item, QStringList &problems)
{
    if (item->inherits("QQuickAbstractButton")) {
        if (accessibleName(item).trimmed().isEmpty())
            problems << QStringLiteral("%1 has no accessible name").arg(describe(item));
        if (item->width() < kMinimumTouchTarget || item->height() < kMinimumTouchTarget)
            problems << QStringLiteral("%1 is %2x%3, smaller than a 48x48 touch target")
                            .arg(describe(item))
                            .arg(item->width())
                            .arg(item->height());
    }
    if (item->inherits("QQuickText") && item->property("truncated").toBool())
        problems << QStringLiteral("%1 is cut short").arg(describe(item));
}

void walk(const QQuickItem *item, QStringList &problems)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    checkItem(item, problems);
    for (const QQuickItem *child : item->childItems())
        walk(child, problems);
}

} // namespace

QStringList checkItems(QQuickItem *root)
{
    QStringList problems;
    if (root)
        walk(root, problems);
    return problems;
}

} // namespace cg
