#include "core/recommendationcode.h"

#include "core/agencytypes.h"

#include <QStringList>

#include <cstring>

namespace cg {
namespace {

// Crockford's base 32: no I, L, O or U, so nothing looks like another character.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kVersion = 1;
constexpr int kVersionBits = 3;
constexpr int kAreaPrefixBits = 3;
constexpr int kAreaNumberBits = 20;  // six digits
constexpr int kAgencyBits = 4;
constexpr int kCountBits = 3;
constexpr int kTagBits = 16;
constexpr int kGroup = 5;
const QString kQrPrefix = QStringLiteral("CG:");

const QStringList &areaPrefixes()
{
    static const QStringList prefixes{QStringLiteral("E06"), QStringLiteral("E07"), QStringLiteral("E08"),
                                      QStringLiteral("E09"), QStringLiteral("W06")};
    return prefixes;
}

// The Damm check over GF(32) (x^5 + x^2 + 1): a ∘ b = 2a + b is a totally anti-symmetric
// quasigroup, so every single wrong character and every swap of two neighbours is caught.
int timesTwo(int value)
{
    value <<= 1;
    return value & 0x20 ? value ^ 0x25 : value;
}

int dammInterim(const QList<int> &digits)
{
    int interim = 0;
    for (const int digit : digits)
        interim = timesTwo(interim) ^ digit;
    return interim;
}

int bitsFor(int items)
{
    return kVersionBits + kAreaPrefixBits + kAreaNumberBits + kAgencyBits + 2 * kCountBits + items * kTagBits;
}

class BitWriter
{
public:
    void put(quint32 value, int bits)
    {
        for (int bit = bits - 1; bit >= 0; --bit)
            m_bits << (((value >> bit) & 1u) != 0);
    }
    QList<int> digits() const
    {
        QList<int> digits;
        for (qsizetype at = 0; at < m_bits.size(); at += 5) {
            int digit = 0;
            for (qsizetype bit = at; bit < at + 5; ++bit)
                digit = digit << 1 | (bit < m_bits.size() ? int(m_bits.at(bit)) : 0);
            digits << digit;
        }
        return digits;
    }

private:
    QList<bool> m_bits;
};

class BitReader
{
public:
    explicit BitReader(const QList<int> &digits)
    {
        for (const int digit : digits) {
            for (int bit = 4; bit >= 0; --bit)
                m_bits << ((digit >> bit) & 1);
        }
    }
    quint32 take(int bits)
    {
        quint32 value = 0;
        for (int i = 0; i < bits; ++i)
            value = value << 1 | quint32(m_at < m_bits.size() ? m_bits.at(m_at++) : 0);
        return value;
    }
    qsizetype size() const { return m_bits.size(); }
    // The padding after the last field must be zeros, or the code was not made by us.
    bool restIsZero() const
    {
        for (qsizetype at = m_at; at < m_bits.size(); ++at) {
            if (m_bits.at(at))
                return false;
        }
        return true;
    }

private:
    QList<int> m_bits;
    qsizetype m_at = 0;
};

CodeReadResult problem(CodeProblem kind, const QString &detail)
{
    return {std::nullopt, kind, detail};
}

// The digit of each character of codeCharacters(); nullopt, naming the first character no code
// uses, otherwise.
std::optional<QList<int>> digitsOf(const QString &characters, QChar *bad)
{
    QList<int> digits;
    for (const QChar c : characters) {
        const char *found = c.unicode() < 128 && c.unicode() != 0 ? strchr(kAlphabet, char(c.unicode())) : nullptr;
        if (!found) {
            *bad = c;
            return std::nullopt;
        }
        digits << int(found - kAlphabet);
    }
    return digits;
}

} // namespace

quint16 itemTag(const QString &id)
{
    quint32 hash = 2166136261u;
    for (const char byte : id.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return quint16((hash >> 16) ^ (hash & 0xffffu));
}

std::optional<QString> idForTag(quint16 tag, const QStringList &ids)
{
    std::optional<QString> found;
    for (const QString &id : ids) {
        if (itemTag(id) != tag)
            continue;
        if (found && *found != id)
            return std::nullopt;
        found = id;
    }
    return found;
}

RecommendedItems resolveRecommendation(const Recommendation &recommendation, const QStringList &moduleIds,
                                       const QStringList &serviceIds)
{
    RecommendedItems items;
    const auto resolve = [&items](const QList<quint16> &tags, const QStringList &ids, QStringList *found) {
        for (const quint16 tag : tags) {
            const std::optional<QString> id = idForTag(tag, ids);
            if (id && !found->contains(*id))
                *found << *id;
            else if (!id)
                ++items.unknown;
        }
    };
    resolve(recommendation.moduleTags, moduleIds, &items.moduleIds);
    resolve(recommendation.serviceTags, serviceIds, &items.serviceIds);
    return items;
}

std::optional<QString> encodeRecommendation(const Recommendation &recommendation)
{
    const QString &area = recommendation.areaCode;
    const qsizetype prefix = areaPrefixes().indexOf(area.left(3));
    bool numeric = false;
    const int number = area.mid(3).toInt(&numeric);
    const qsizetype agency = agencyTypes().indexOf(recommendation.agency);
    const qsizetype modules = recommendation.moduleTags.size();
    const qsizetype services = recommendation.serviceTags.size();
    if (prefix < 0 || area.size() != 9 || !numeric || number < 0 || agency < 0 || modules + services == 0
        || modules > Recommendation::kMaxItems || services > Recommendation::kMaxItems)
        return std::nullopt;
    BitWriter writer;
    writer.put(kVersion, kVersionBits);
    writer.put(quint32(prefix), kAreaPrefixBits);
    writer.put(quint32(number), kAreaNumberBits);
    writer.put(quint32(agency), kAgencyBits);
    writer.put(quint32(modules), kCountBits);
    writer.put(quint32(services), kCountBits);
    for (const quint16 tag : recommendation.moduleTags + recommendation.serviceTags)
        writer.put(tag, kTagBits);
    QList<int> digits = writer.digits();
    digits << timesTwo(dammInterim(digits));
    QString code;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % kGroup == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[digits.at(i)]);
    }
    return code;
}

QString codeCharacters(const QString &text)
{
    QString typed = text.trimmed();
    if (typed.startsWith(kQrPrefix, Qt::CaseInsensitive))
        typed = typed.mid(kQrPrefix.size());
    QString characters;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar upper = c.toUpper();
        characters += upper == QLatin1Char('O')                                  ? QLatin1Char('0')
                    : upper == QLatin1Char('I') || upper == QLatin1Char('L') ? QLatin1Char('1')
                                                                             : upper;
    }
    return characters;
}

QString qrTextForCode(const QString &typedCode)
{
    return kQrPrefix + typedCode;
}

CodeReadResult decodeRecommendation(const QString &text)
{
    QString typed = text.trimmed();
    const bool fromQr = typed.startsWith(kQrPrefix, Qt::CaseInsensitive);
    if (fromQr)
        typed = typed.mid(kQrPrefix.size());
    if (typed.isEmpty())
        return problem(CodeProblem::Empty, QStringLiteral("no code was given"));
    QChar bad;
    const std::optional<QList<int>> digits = digitsOf(codeCharacters(text), &bad);
    if (!digits) {
        // A web address, a Wi-Fi or contact card ("WIFI:", "BEGIN:VCARD") or long words are some
        // other code, not a mistyped one of ours: our codes never hold a colon once "CG:" is gone.
        if (!fromQr && (typed.contains(u':') || typed.size() > 40))
            return problem(CodeProblem::NotOurs, QStringLiteral("this is not a Common Ground code"));
        return problem(CodeProblem::BadCharacter, QStringLiteral("'%1' is never used in a code").arg(bad));
    }
    const qsizetype minimum = (bitsFor(1) + 4) / 5 + 1;
    if (digits->size() < minimum)
        return problem(CodeProblem::WrongLength,
                       QStringLiteral("%1 characters is too short for a code").arg(digits->size()));
    if (dammInterim(*digits) != 0)
        return problem(CodeProblem::Mistyped, QStringLiteral("the check character does not match"));

    BitReader reader(digits->first(digits->size() - 1));
    const quint32 version = reader.take(kVersionBits);
    if (version > kVersion)
        return problem(CodeProblem::NewerVersion, QStringLiteral("made by a newer version (format %1)").arg(version));
    if (version == 0)
        return problem(CodeProblem::Damaged, QStringLiteral("format 0 is not a format"));
    const quint32 prefix = reader.take(kAreaPrefixBits);
    const quint32 number = reader.take(kAreaNumberBits);
    const quint32 agency = reader.take(kAgencyBits);
    const int modules = int(reader.take(kCountBits));
    const int services = int(reader.take(kCountBits));
    const qsizetype expected = (bitsFor(modules + services) + 4) / 5 + 1;
    if (digits->size() != expected)
        return problem(CodeProblem::WrongLength, QStringLiteral("%1 characters, where this code needs %2")
                                                     .arg(digits->size()).arg(expected));
    if (prefix >= quint32(areaPrefixes().size()) || number > 999999 || agency >= quint32(agencyTypes().size())
        || modules + services == 0)
        return problem(CodeProblem::Damaged, QStringLiteral("it holds an area, agency or list that cannot be"));
    Recommendation recommendation;
    recommendation.areaCode = areaPrefixes().at(prefix) + QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
    recommendation.agency = agencyTypes().at(agency);
    for (int i = 0; i < modules; ++i)
        recommendation.moduleTags << quint16(reader.take(kTagBits));
    for (int i = 0; i < services; ++i)
        recommendation.serviceTags << quint16(reader.take(kTagBits));
    if (!reader.restIsZero())
        return problem(CodeProblem::Damaged, QStringLiteral("it has bits after its last item"));
    return {recommendation, CodeProblem::None, {}};
}

} // namespace cg
