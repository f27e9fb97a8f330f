#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// What search looks through: a guide, or a local service (services arrive with the Get help
// issue; the index already takes them so both are searched as one list).
enum class SearchKind { Module, Service };

// One searchable thing. Title words count most, then the summary, then keywords (topics), then
// the body (every word of a guide).
struct SearchEntry {
    SearchKind kind = SearchKind::Module;
    QString id;
    QString title;
    QString summary;
    QStringList keywords;
    QString body;
};

// One result, best first.
struct SearchHit {
    SearchKind kind = SearchKind::Module;
    QString id;
    QString title;
    QString summary;
};

} // namespace cg
