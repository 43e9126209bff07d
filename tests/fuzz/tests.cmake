# Tests of this folder; see tests/CMakeLists.txt for opsconsole_add_test().
#
# libFuzzer targets: only clang ships libFuzzer, so with gcc this folder adds nothing.
# Configure with -DCMAKE_CXX_COMPILER=clang++ to get them; ctest then replays the seed corpus
# once (label "fuzz"); a real run is `fuzz_prometheustextparser -max_total_time=60 <corpus copy>`.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    # The parser is compiled into the target itself so that libFuzzer's coverage instrumentation
    # reaches it (opsconsole_core is built without it).
    add_executable(fuzz_prometheustextparser
        ${CMAKE_CURRENT_LIST_DIR}/fuzz_prometheustextparser.cpp
        ${PROJECT_SOURCE_DIR}/models/net/metricfamily.cpp
        ${PROJECT_SOURCE_DIR}/models/net/prometheustextparser.cpp)
    opsconsole_strict(fuzz_prometheustextparser)
    target_include_directories(fuzz_prometheustextparser PRIVATE ${PROJECT_SOURCE_DIR})
    target_compile_options(fuzz_prometheustextparser PRIVATE -fsanitize=fuzzer,address,undefined -g)
    target_link_options(fuzz_prometheustextparser PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz_prometheustextparser PRIVATE Qt6::Core)

    add_test(NAME fuzz_prometheustextparser_corpus
             COMMAND fuzz_prometheustextparser -runs=0 ${CMAKE_CURRENT_LIST_DIR}/corpus/prometheustext)
    set_tests_properties(fuzz_prometheustextparser_corpus PROPERTIES LABELS "fuzz" TIMEOUT 120)
endif()
