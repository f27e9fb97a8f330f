# Fails when a Catch2 test name holds a semicolon: CMake reads it as a list separator, so ctest
# would ask for half the name, match no test and pass without running anything.
#   cmake -DTESTS_DIR=... -P check_test_names.cmake
file(GLOB_RECURSE sources ${TESTS_DIR}/*.cpp)
set(bad "")
foreach(source IN LISTS sources)
    file(STRINGS ${source} lines REGEX "TEST_CASE\\(\"[^\"]*;")
    foreach(line IN LISTS lines)
        list(APPEND bad "${source}: ${line}")
    endforeach()
endforeach()
if(bad)
    string(REPLACE ";" "\n" bad "${bad}")
    message(FATAL_ERROR "test names with a semicolon never run under ctest:\n${bad}")
endif()
message(STATUS "test names are safe for ctest")
