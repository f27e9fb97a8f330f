#include "shell/itemchecks.h"

#include <catch2/catch.hpp>

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <memory>

using namespace cg;

namespace {

QStringList problemsIn(const QByteArray &qml)
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QStringLiteral("qrc:/test.qml")));
    std::unique_ptr<QObject> object(component.create());
    REQUIRE(object);
    auto *item = qobject_cast<QQuickItem *>(object.get());
    REQUIRE(item);
    QQuickWindow window;
    window.resize(400, 400);
    item->setParentItem(window.contentItem());
    return checkItems(window.contentItem());
}

} // namespace

TEST_CASE("a well-made screen has no problems")
{
    CHECK(problemsIn("import QtQuick\nimport QtQuick.Controls\n"
                     "Column { Button { text: 'Next'; Accessible.name: text; width: 100; height: 48 }\n"
                     "         Text { text: 'Short'; width: 200; elide: Text.ElideRight } }")
              .isEmpty());
}

TEST_CASE("a button without an accessible name is reported")
{
    // A button's text becomes its name only while a screen reader is running, so the check asks
    // for an explicit Accessible.name.
    const QStringList problems =
        problemsIn("import QtQuick\nimport QtQuick.Controls\nItem { Button { text: 'Go'; width: 60; height: 60 } }");
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().endsWith(QStringLiteral("has no accessible name")));
}

TEST_CASE("a button smaller than a finger is reported")
{
    const QStringList problems = problemsIn(
        "import QtQuick\nimport QtQuick.Controls\nItem { Button { text: 'Go'; Accessible.name: text; width: 30; height: 48 } }");
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("\"Go\" is 30x48, smaller than a 48x48 touch target")));
}

TEST_CASE("text cut short is reported")
{
    const QStringList problems = problemsIn(
        "import QtQuick\nItem { Text { text: 'A sentence far too long for its box'; width: 40; elide: Text.ElideRight } }");
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("is cut short")));
}

TEST_CASE("hidden items are not checked")
{
    CHECK(problemsIn("import QtQuick\nimport QtQuick.Controls\nItem { Button { visible: false; width: 10; height: 10 } }")
              .isEmpty());
}
