// Runs a fuzz target over saved inputs without libFuzzer, so the normal (GCC) build compiles the
// target and ctest exercises it on its seed corpus. Each argument is a file or a folder of files
// (not recursive), taken in name order. A broken invariant aborts the run; a missing or empty
// corpus fails it, so the test can never pass having run nothing.
//
//   oruk-fuzz-replay CORPUS_DIR_OR_FILE...
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputsIn(const fs::path &place)
{
    std::error_code error;
    if (fs::is_regular_file(place, error))
        return {place};
    std::vector<fs::path> files;
    for (const fs::directory_entry &entry : fs::directory_iterator(place, error)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool readAll(const fs::path &file, std::vector<uint8_t> &bytes)
{
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    std::size_t ran = 0;
    for (int i = 1; i < argc; ++i) {
        const std::vector<fs::path> files = inputsIn(argv[i]);
        if (files.empty()) {
            std::fprintf(stderr, "%s: no inputs in %s\n", argv[0], argv[i]);
            return 1;
        }
        for (const fs::path &file : files) {
            std::vector<uint8_t> bytes;
            if (!readAll(file, bytes)) {
                std::fprintf(stderr, "%s: cannot read %s\n", argv[0], file.c_str());
                return 1;
            }
            // Printed first, so the input that aborts is the last name shown.
            std::printf("%s (%zu bytes)\n", file.c_str(), bytes.size());
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
            ++ran;
        }
    }
    std::printf("%zu inputs ran without a broken invariant\n", ran);
    return 0;
}
