#pragma once

#include "core/area.h"
#include "core/validationissue.h"

#include <QDate>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>

#include <optional>

namespace cg {

// The fields of areas/<slug>/area.json. content/README.md explains each one to content editors.
namespace areafield {
inline constexpr QLatin1StringView code{"code"};
inline constexpr QLatin1StringView name{"name"};
inline constexpr QLatin1StringView welcome{"welcome"};
inline constexpr QLatin1StringView brandColour{"brand_colour"};
inline constexpr QLatin1StringView lastReviewed{"last_reviewed"};
inline constexpr QLatin1StringView demo{"demo"};
inline constexpr QLatin1StringView statsUrl{"stats_url"};
inline constexpr QLatin1StringView region{"region"};
} // namespace areafield

// Every field an area.json must have, in the order the README lists them.
QStringList areaFieldNames();

// Fields an area.json may leave out: "demo": true marks an example area built to show how a
// council's pack looks (such as bristol-demo), which the app keeps away from parents;
// "stats_url" is the https address of the council's statistics server, where the weekly anonymous
// reports go once a parent has said yes (no address: reports wait on the phone); "region" is the
// ONS region the area is in ("North West"), so coordinators see it beside its region.
QStringList optionalAreaFieldNames();

struct AreaParseResult {
    std::optional<Area> area;  // empty when any issue was found
    ValidationIssues issues;
};

// The rules without which the app cannot use an area: every field present, text and not empty, a
// real ONS code, a colour that white text can be read on, and demo (if there) true or false.
// file names the file in issues.
AreaParseResult parseArea(const QJsonObject &object, const QString &file);

// The rules for a well-kept pack that the app can live without, so the validator reports them but
// the app still offers the area: a real review date that is neither in the future nor more than
// 12 months before today, no unknown (misspelt) fields, no contact details in the welcome words.
ValidationIssues reviewArea(const QJsonObject &object, const QString &file, QDate today);

// Area folder names are lower-case words joined by hyphens ("st-helens"), so they look the same
// on every file system and in every URL.
bool isAreaSlug(const QString &slug);

} // namespace cg
