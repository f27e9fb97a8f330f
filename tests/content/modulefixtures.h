#pragma once

#include "core/modulecatalogue.h"

#include "contentfolder.h"
#include "core/module.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Module files for the tests: shared so national and area-pack modules are written the same way.

// A topics.json naming the topics moduleJson uses.
QByteArray testTopicsJson();

// A module.json that passes every rule on testToday(), with four sections 01-a.md ... 04-d.md.
// related is one module id or empty; extra is appended inside the object, such as
// ", \"leads_to_safety\": true".
QByteArray moduleJson(const QString &id, const QString &related = {}, const QString &extra = {});

// A section of two short paragraphs and a list, with no blocks.
QByteArray plainSection();

// A section holding the reflection, quiz and try-this-week every module needs.
QByteArray blocksSection();

// Writes a whole, valid module to <modulesFolder>/<id>/: "modules" for a national one,
// "areas/<slug>/modules" for an area pack's.
void writeModule(ContentFolder &folder, const QString &id, const QString &related = {},
                 const QString &modulesFolder = QStringLiteral("modules"));

// Areas sefton and wirral, topics.json and two national modules, first-module and second-module,
// that link to each other: a folder that passes every rule on testToday().
ContentFolder twoLinkedModulesFolder();

// moduleIds() is the app's own, in core/modulecatalogue.h.
