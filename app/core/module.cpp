#include "core/module.h"

#include <array>
#include <utility>

namespace cg {
namespace {

constexpr std::array<std::pair<BlockType, const char *>, 5> kBlockNames{{
    {BlockType::Reflection, "reflection"},
    {BlockType::Quiz, "quiz"},
    {BlockType::TryThisWeek, "try-this-week"},
    {BlockType::Checklist, "checklist"},
    {BlockType::Together, "together"},
}};

} // namespace

QList<const ModuleBlock *> moduleBlocks(const Module &module)
{
    QList<const ModuleBlock *> blocks;
    for (const ModuleSection &section : module.sections) {
        for (const SectionPart &part : section.parts) {
            if (part.kind == SectionPart::Kind::Block)
                blocks << &part.block;
        }
    }
    return blocks;
}

QString blockTypeName(BlockType type)
{
    for (const auto &[value, name] : kBlockNames) {
        if (value == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<BlockType> blockTypeFromName(const QString &name)
{
    for (const auto &[value, candidate] : kBlockNames) {
        if (name == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

QStringList sectionProse(const ModuleSection &section, bool withQuizFeedback)
{
    QStringList units;
    for (const SectionPart &part : section.parts) {
        switch (part.kind) {
        case SectionPart::Kind::Paragraph:
            units << part.text;
            break;
        case SectionPart::Kind::List:
            units << part.items;
            break;
        case SectionPart::Kind::Block: {
            const ModuleBlock &block = part.block;
            for (const QString &text : {block.prompt, block.question, block.title, block.text}) {
                if (!text.isEmpty())
                    units << text;
            }
            for (const QuizChoice &choice : block.choices) {
                units << choice.text;
                if (withQuizFeedback)
                    units << choice.feedback;
            }
            units << block.items;
            break;
        }
        }
    }
    return units;
}

} // namespace cg
