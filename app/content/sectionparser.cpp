#include "content/sectionparser.h"

#include <QRegularExpression>

namespace cg {
namespace {

QString lineRef(int line)
{
    return QStringLiteral("line %1").arg(line);
}

bool isBlockId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

// The "name: value" lines of one block, with the line each came from.
struct BlockLine {
    int line;
    QString name;
    QString value;
};

class BlockBuilder
{
public:
    BlockBuilder(BlockType type, int openLine, const QString &file, ValidationIssues &issues)
        : m_openLine(openLine)
        , m_file(file)
        , m_issues(issues)
    {
        m_block.type = type;
    }

    void add(const BlockLine &line)
    {
        if (line.value.isEmpty()) {
            problem(line.line, QStringLiteral("%1: needs a value after the colon").arg(line.name));
            return;
        }
        if (line.name == QLatin1String("id")) {
            if (!m_block.id.isEmpty())
                problem(line.line, QStringLiteral("a block has only one id"));
            else if (!isBlockId(line.value))
                problem(line.line, QStringLiteral("id: must be lower-case words joined by hyphens, such as what-starts-it"));
            m_block.id = line.value;
            return;
        }
        switch (m_block.type) {
        case BlockType::Reflection:
            setOnce(line, QStringLiteral("prompt"), m_block.prompt);
            return;
        case BlockType::TryThisWeek:
            setOnce(line, QStringLiteral("text"), m_block.text);
            return;
        case BlockType::Checklist:
            if (line.name == QLatin1String("item"))
                m_block.items << line.value;
            else
                setOnce(line, QStringLiteral("title"), m_block.title);
            return;
        case BlockType::Together:
            if (line.name == QLatin1String("title"))
                setOnce(line, QStringLiteral("title"), m_block.title);
            else
                setOnce(line, QStringLiteral("text"), m_block.text);
            return;
        case BlockType::Quiz:
            addQuizLine(line);
            return;
        }
    }

    // Checks what the finished block must have; returns it when it is whole.
    std::optional<ModuleBlock> finish()
    {
        const QString type = blockTypeName(m_block.type);
        auto need = [&](bool present, const QString &what) {
            if (!present)
                problem(m_openLine, QStringLiteral("this %1 block needs %2").arg(type, what));
        };
        need(!m_block.id.isEmpty(), QStringLiteral("an id"));
        switch (m_block.type) {
        case BlockType::Reflection:
            need(!m_block.prompt.isEmpty(), QStringLiteral("a prompt"));
            break;
        case BlockType::TryThisWeek:
            need(!m_block.text.isEmpty(), QStringLiteral("a text"));
            break;
        case BlockType::Checklist:
            need(!m_block.title.isEmpty(), QStringLiteral("a title"));
            need(m_block.items.size() >= 2, QStringLiteral("at least two items"));
            break;
        case BlockType::Together:
            need(!m_block.title.isEmpty(), QStringLiteral("a title"));
            need(!m_block.text.isEmpty(), QStringLiteral("a text"));
            break;
        case BlockType::Quiz: {
            need(!m_block.question.isEmpty(), QStringLiteral("a question"));
            const qsizetype choices = m_block.choices.size();
            need(choices >= 2 && choices <= 4, QStringLiteral("two to four choices"));
            const auto best = std::count_if(m_block.choices.cbegin(), m_block.choices.cend(),
                                            [](const QuizChoice &c) { return c.best; });
            need(best == 1, QStringLiteral("exactly one best choice, marked choice*:"));
            for (const QuizChoice &choice : std::as_const(m_block.choices))
                need(!choice.feedback.isEmpty(), QStringLiteral("feedback: after every choice"));
            break;
        }
        }
        if (m_failed)
            return std::nullopt;
        return m_block;
    }

private:
    void addQuizLine(const BlockLine &line)
    {
        if (line.name == QLatin1String("question")) {
            setOnce(line, QStringLiteral("question"), m_block.question);
        } else if (line.name == QLatin1String("choice") || line.name == QLatin1String("choice*")) {
            m_block.choices.append({line.value, QString(), line.name.endsWith(QLatin1Char('*'))});
        } else if (line.name == QLatin1String("feedback")) {
            if (m_block.choices.isEmpty() || !m_block.choices.last().feedback.isEmpty())
                problem(line.line, QStringLiteral("feedback: must come straight after its choice"));
            else
                m_block.choices.last().feedback = line.value;
        } else {
            unknownField(line);
        }
    }

    void setOnce(const BlockLine &line, const QString &expected, QString &target)
    {
        if (line.name != expected) {
            unknownField(line);
        } else if (!target.isEmpty()) {
            problem(line.line, QStringLiteral("%1: is given twice").arg(line.name));
        } else {
            target = line.value;
        }
    }

    void unknownField(const BlockLine &line)
    {
        problem(line.line, QStringLiteral("%1: is not a field of a %2 block")
                               .arg(line.name, blockTypeName(m_block.type)));
    }

    void problem(int line, const QString &message)
    {
        m_failed = true;
        m_issues.append({m_file, lineRef(line), message});
    }

    ModuleBlock m_block;
    int m_openLine;
    const QString &m_file;
    ValidationIssues &m_issues;
    bool m_failed = false;
};

} // namespace

SectionParseResult parseSection(const QString &text, const QString &file)
{
    static const QRegularExpression fieldLine(QStringLiteral("^([A-Za-z_*-]+)\\s*:\\s*(.*)$"));
    SectionParseResult result;
    ModuleSection section;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList paragraph;
    QStringList list;
    std::optional<BlockBuilder> block;
    bool skippingUnknownBlock = false;  // its problem is already reported once
    int blockLine = 0;

    auto flushProse = [&] {
        if (!paragraph.isEmpty())
            section.parts.append({SectionPart::Kind::Paragraph, paragraph.join(QLatin1Char(' ')), {}, {}});
        if (!list.isEmpty())
            section.parts.append({SectionPart::Kind::List, {}, list, {}});
        paragraph.clear();
        list.clear();
    };

    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = lines[i].trimmed();
        if (skippingUnknownBlock) {
            skippingUnknownBlock = line != QLatin1String(":::");
            continue;
        }
        if (block) {
            if (line == QLatin1String(":::")) {
                if (auto finished = block->finish())
                    section.parts.append({SectionPart::Kind::Block, {}, {}, *finished});
                block.reset();
            } else if (line.startsWith(QLatin1String(":::"))) {
                result.issues.append({file, lineRef(lineNumber),
                                      QStringLiteral("a new block starts before the block from %1 is closed with :::")
                                          .arg(lineRef(blockLine))});
            } else if (!line.isEmpty()) {
                const auto match = fieldLine.match(line);
                if (match.hasMatch())
                    block->add({lineNumber, match.captured(1), match.captured(2).trimmed()});
                else
                    result.issues.append({file, lineRef(lineNumber),
                                          QStringLiteral("inside a block every line is name: value")});
            }
            continue;
        }
        if (section.title.isEmpty() && paragraph.isEmpty() && section.parts.isEmpty()) {
            if (line.isEmpty())
                continue;
            if (!line.startsWith(QLatin1String("# ")) || line.mid(2).trimmed().isEmpty()) {
                result.issues.append({file, lineRef(lineNumber),
                                      QStringLiteral("a section starts with its title, as # Title")});
                return result;
            }
            section.title = line.mid(2).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1String(":::"))) {
            flushProse();
            const QString typeName = line.mid(3).trimmed();
            const auto type = blockTypeFromName(typeName);
            blockLine = lineNumber;
            if (!type) {
                result.issues.append({file, lineRef(lineNumber),
                                      QStringLiteral("unknown block type '%1'; use reflection, quiz, try-this-week, "
                                                     "checklist or together")
                                          .arg(typeName)});
                skippingUnknownBlock = true;
                continue;
            }
            block.emplace(*type, lineNumber, file, result.issues);
        } else if (line.startsWith(QLatin1Char('#'))) {
            result.issues.append({file, lineRef(lineNumber),
                                  QStringLiteral("only the first line is a title; split the section instead")});
        } else if (line.startsWith(QLatin1String("- "))) {
            if (!paragraph.isEmpty()) {
                section.parts.append({SectionPart::Kind::Paragraph, paragraph.join(QLatin1Char(' ')), {}, {}});
                paragraph.clear();
            }
            list << line.mid(2).trimmed();
        } else if (line.isEmpty()) {
            flushProse();
        } else {
            if (!list.isEmpty())
                flushProse();
            paragraph << line;
        }
    }
    if (block || skippingUnknownBlock)
        result.issues.append({file, lineRef(blockLine), QStringLiteral("this block is never closed with :::")});
    flushProse();
    if (section.title.isEmpty())
        result.issues.append({file, QString(), QStringLiteral("the section is empty; it needs at least # Title")});
    if (result.issues.isEmpty())
        result.section = section;
    return result;
}

} // namespace cg
