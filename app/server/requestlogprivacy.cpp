#include "server/requestlogprivacy.h"

#include <QByteArrayView>
#include <QLoggingCategory>

#include <mutex>

namespace cg {

namespace {

// Qt's category filter is a plain function pointer, so the filter ours wraps (normally Qt's rule
// evaluation) can only be kept here. It is written once, before the first request.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void filterRequestLogging(QLoggingCategory *category)
{
    // Null only while installFilter() replays existing categories, which the previous filter has
    // already configured.
    if (g_previousFilter)
        g_previousFilter(category);
    if (QByteArrayView(category->categoryName()).startsWith("qt.httpserver")) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void keepClientDetailsOutOfLogs()
{
    static std::once_flag installed;
    std::call_once(installed, [] { g_previousFilter = QLoggingCategory::installFilter(filterRequestLogging); });
}

} // namespace cg
