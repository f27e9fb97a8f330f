#include "modulefixtures.h"

QByteArray testTopicsJson()
{
    return R"({"module_topics": ["arguments", "children"],
 "service_topics": ["parental-conflict", "parenting"],
 "module_topic_labels": {"arguments": "Arguments", "children": "Children"}})";
}

QByteArray moduleJson(const QString &id, const QString &related, const QString &extra)
{
    return QStringLiteral(R"({"id": "%1", "title": "Title of %1", "summary": "What you get.",
 "for": ["everyone"], "topics": ["arguments"], "minutes": 8, "last_reviewed": "%2",
 "related_modules": [%3], "service_topics": ["parenting"],
 "sections": ["01-a.md", "02-b.md", "03-c.md", "04-d.md"]%4})")
        .arg(id, testToday().toString(Qt::ISODate), related.isEmpty() ? QString() : QStringLiteral("\"%1\"").arg(related), extra)
        .toUtf8();
}

QByteArray plainSection()
{
    return "# A calm start\n\nWe all argue. It is normal.\n\n- Take a breath\n- Talk later\n";
}

QByteArray blocksSection()
{
    return R"(# Try it

Small steps help.

::: reflection
id: what-starts-it
prompt: What was going on just before?
:::

::: quiz
id: best-time
question: When is a good time to talk?
choice: Straight away.
feedback: Strong feelings make it hard to listen.
choice*: When you are both calm.
feedback: Yes. Calm is best.
:::

::: try-this-week
id: soft-start
text: Start with "I feel" this week.
:::
)";
}

void writeModule(ContentFolder &folder, const QString &id, const QString &related, const QString &modulesFolder)
{
    const QString base = QStringLiteral("%1/%2/").arg(modulesFolder, id);
    folder.write(base + QStringLiteral("module.json"), moduleJson(id, related));
    folder.write(base + QStringLiteral("01-a.md"), blocksSection());
    for (const char *name : {"02-b.md", "03-c.md", "04-d.md"})
        folder.write(base + QLatin1String(name), plainSection());
}

ContentFolder twoLinkedModulesFolder()
{
    ContentFolder folder;
    folder.writeGoodAreas(testToday());
    folder.write(QStringLiteral("topics.json"), testTopicsJson());
    writeModule(folder, QStringLiteral("first-module"), QStringLiteral("second-module"));
    writeModule(folder, QStringLiteral("second-module"), QStringLiteral("first-module"));
    return folder;
}

