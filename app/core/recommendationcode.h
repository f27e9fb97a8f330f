#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cg {

// What a practitioner's recommendation code carries, and nothing else: the area, the kind of
// agency and the chosen guides and services. No names, no practitioner, no account. Guides and
// services travel as 16-bit tags of their ids (itemTag), so codes stay short and stay valid
// across app versions as long as the ids do.
struct Recommendation {
    QString areaCode;             // ONS code, such as E08000014
    QString agency;               // a key from agencyTypes()
    QList<quint16> moduleTags;    // at most kMaxItems
    QList<quint16> serviceTags;   // at most kMaxItems

    static constexpr int kMaxItems = 7;
    bool operator==(const Recommendation &) const = default;
};

// The tag of a guide's or service's id: FNV-1a of its UTF-8, folded to 16 bits.
quint16 itemTag(const QString &id);
// The one id among `ids` with this tag; nullopt when none has it (a guide the pack no longer
// has) or two share it (which the builder refuses to put in a code).
std::optional<QString> idForTag(quint16 tag, const QStringList &ids);

// What a recommendation names among the guides and services the app has now, in the code's
// order. `unknown` counts tags no current guide or service has (a pack dropped it since).
struct RecommendedItems {
    QStringList moduleIds;
    QStringList serviceIds;
    int unknown = 0;
};
RecommendedItems resolveRecommendation(const Recommendation &recommendation, const QStringList &moduleIds,
                                       const QStringList &serviceIds);

// Why a typed or scanned code could not be read.
enum class CodeProblem {
    None,
    Empty,
    NotOurs,          // a QR code or text that is not a Common Ground code at all
    BadCharacter,     // a character the code never uses
    WrongLength,      // characters missing or extra
    Mistyped,         // the check character does not match: a character wrong or two swapped
    NewerVersion,     // made by a newer app: update to open it
    Damaged,          // reads, but holds an area, agency or count that cannot be
};

struct CodeReadResult {
    std::optional<Recommendation> recommendation;
    CodeProblem problem = CodeProblem::None;
    QString detail;  // for the content tool: which character, how many expected
};

// Format version 1, written as Crockford base-32 characters (no I, L, O or U) in groups of five
// joined by "-", ending in a check character. Nullopt for what no code can hold (an unknown area
// or agency, too many or no items).
std::optional<QString> encodeRecommendation(const Recommendation &recommendation);
// The characters of a typed or scanned code as the decoder reads them: without "CG:", spaces and
// dashes, upper case, with O read as 0 and I or L as 1.
QString codeCharacters(const QString &text);
// The text inside the QR code: "CG:" and the typed code, all in QR's compact alphanumeric set.
QString qrTextForCode(const QString &typedCode);
// Reads a typed code (any case, spaces or dashes anywhere, O for 0 and I or L for 1) or the text
// inside the QR code.
CodeReadResult decodeRecommendation(const QString &text);

} // namespace cg
