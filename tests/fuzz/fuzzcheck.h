#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// An invariant a fuzz target asserts. A broken one aborts, which libFuzzer reports as a crash and
// saves the input that caused it (crash-<sha1>); the replay runner fails its ctest the same way.
// `detail` is only built when the check fails.
template<typename Detail>
void fuzzRequire(bool holds, const char *invariant, Detail detail)
{
    if (holds)
        return;
    const QString what = detail();
    std::fprintf(stderr, "fuzz invariant broken: %s\n  %s\n", invariant, what.toUtf8().constData());
    std::abort();
}

inline void fuzzRequire(bool holds, const char *invariant)
{
    fuzzRequire(holds, invariant, [] { return QString(); });
}
