// Fuzz target: a typed or scanned recommendation code, as a parent or a random QR code gives it.
// Whatever the bytes, decoding never crashes; a code that decodes says exactly what it holds,
// writes back to the same characters (once case, spaces, dashes and look-alike letters are
// forgiven), and every refusal names its reason.
#include "core/agencytypes.h"
#include "core/recommendationcode.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const cg::CodeReadResult read = cg::decodeRecommendation(text);
    fuzzRequire(read.recommendation.has_value() == (read.problem == cg::CodeProblem::None),
                "a recommendation exactly when there is no problem");
    if (!read.recommendation) {
        fuzzRequire(!read.detail.isEmpty(), "every refusal says why", [&] { return text; });
        return 0;
    }
    const cg::Recommendation &code = *read.recommendation;
    fuzzRequire(cg::agencyTypes().contains(code.agency), "a known agency", [&] { return code.agency; });
    fuzzRequire(code.areaCode.size() == 9, "a nine-character area code", [&] { return code.areaCode; });
    fuzzRequire(!code.moduleTags.isEmpty() || !code.serviceTags.isEmpty(), "at least one item");
    fuzzRequire(code.moduleTags.size() <= cg::Recommendation::kMaxItems
                    && code.serviceTags.size() <= cg::Recommendation::kMaxItems,
                "at most seven of each");
    const std::optional<QString> again = cg::encodeRecommendation(code);
    fuzzRequire(again.has_value(), "what decodes encodes");
    fuzzRequire(QString(*again).remove(QLatin1Char('-')) == cg::codeCharacters(text), "the same characters back",
                [&] { return text + QStringLiteral(" -> ") + *again; });
    return 0;
}
