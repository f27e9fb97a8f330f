#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cg {

// A self-help module ("guide") as written in content/modules/<id>/: see content/README.md.

enum class BlockType { Reflection, Quiz, TryThisWeek, Checklist, Together };

struct QuizChoice {
    QString text;
    QString feedback;
    bool best = false;
};

// An interactive block inside a section. Which fields are used depends on the type: a reflection
// has a prompt; a quiz a question and choices; a try-this-week a text; a checklist a title and
// items; a together exercise a title and a text.
struct ModuleBlock {
    BlockType type = BlockType::Reflection;
    QString id;  // stable: the parent's answers are kept under it
    QString prompt;
    QString question;
    QList<QuizChoice> choices;
    QString title;
    QString text;
    QStringList items;
};

// One piece of a section, in reading order: a paragraph, a bullet list or a block.
struct SectionPart {
    enum class Kind { Paragraph, List, Block };
    Kind kind = Kind::Paragraph;
    QString text;       // Paragraph
    QStringList items;  // List
    ModuleBlock block;  // Block
};

struct ModuleSection {
    QString file;  // for example "01-when-to-talk.md"
    QString title;
    QList<SectionPart> parts;
};

struct Module {
    QString id;
    QString title;
    QString summary;
    QStringList audience;  // "everyone", "dads" or family situation keys
    QStringList topics;
    int minutes = 0;
    QDate lastReviewed;
    QStringList relatedModules;
    QStringList serviceTopics;
    QStringList searchWords;  // everyday words a parent might search with, such as "upset"
    bool leadsToSafety = false;  // the conflict-or-abuse module: ends in the safety route
    QList<ModuleSection> sections;
};

// What a parent reads in a section, title left out: paragraphs, list items and every block's
// words. Reading level, search and read-aloud all use it, so they judge the same words. Read
// aloud leaves out quiz feedback (`withQuizFeedback`), which shows only after a choice.
QStringList sectionProse(const ModuleSection &section, bool withQuizFeedback = true);

// Every block of a module, in reading order.
QList<const ModuleBlock *> moduleBlocks(const Module &module);

// "reflection", "quiz", "try-this-week", "checklist", "together": the names used in the files.
QString blockTypeName(BlockType type);
std::optional<BlockType> blockTypeFromName(const QString &name);

} // namespace cg
