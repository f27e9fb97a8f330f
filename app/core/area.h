#pragma once

#include <QList>
#include <QString>

namespace cg {

// One council area from an area content pack: what the parent picks at first run.
struct Area {
    QString code;     // ONS code, for example E08000014
    QString name;     // for example Sefton
    QString welcome;  // a few warm words shown on Home
    QString brandColour;  // "#RRGGBB", checked by the content validator
    QString slug;         // the pack's folder under content/areas/, for example sefton
    bool demo = false;    // an example area (built from another council's feed): only with --demo-data
    QString statsUrl;     // https address of the council's statistics server; empty: none yet
    QString region;       // one of England's nine regions, or Wales; empty: not said
};

// The regions an area may belong to, as ONS names them: England's nine regions, and Wales. The
// statistics server shows each area beside its region.
const QStringList &onsRegions();

// True for a well-formed ONS local authority code (E06, E07, E08, E09 or W06 followed by 6 digits).
bool isOnsAreaCode(const QString &code);

// Finds an area by ONS code; nullptr when the code is unknown or empty.
const Area *findArea(const QList<Area> &areas, const QString &code);

} // namespace cg
