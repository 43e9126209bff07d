# Tests of this folder; see tests/CMakeLists.txt for opsconsole_add_test(). tests/fuzz/README.md.
#
# libFuzzer targets: only clang ships libFuzzer. The main build (gcc) gets one ctest test per target,
# label "fuzz", that runs scripts/fuzz.sh: it configures a clang build of its own (inside this build
# folder), builds the target with ASan and UBSan and runs it for 60 s over the seed corpus. A build
# configured with clang itself defines the targets and replays the seed corpus once.
set(OPSCONSOLE_FUZZ_TARGETS prometheustextparser)

if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    # The parser is compiled into the target itself so that libFuzzer's coverage instrumentation
    # reaches it (opsconsole_core is built without it).
    add_executable(fuzz_prometheustextparser
        ${CMAKE_CURRENT_LIST_DIR}/fuzz_prometheustextparser.cpp
        ${PROJECT_SOURCE_DIR}/models/net/metricfamily.cpp
        ${PROJECT_SOURCE_DIR}/models/net/prometheustextparser.cpp)

    foreach(target ${OPSCONSOLE_FUZZ_TARGETS})
        opsconsole_strict(fuzz_${target})
        target_include_directories(fuzz_${target} PRIVATE ${PROJECT_SOURCE_DIR})
        # Every sanitizer finding aborts (UBSan would otherwise print and go on).
        target_compile_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined
                               -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
        target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_libraries(fuzz_${target} PRIVATE Qt6::Core)
        add_test(NAME fuzz_${target}_corpus
                 COMMAND fuzz_${target} -runs=0 ${CMAKE_CURRENT_LIST_DIR}/corpus/${target})
        set_tests_properties(fuzz_${target}_corpus PROPERTIES LABELS "fuzz" TIMEOUT 120)
    endforeach()
else()
    foreach(target ${OPSCONSOLE_FUZZ_TARGETS})
        add_test(NAME fuzz_${target}
                 COMMAND ${PROJECT_SOURCE_DIR}/scripts/fuzz.sh --seconds 60
                         --build-dir ${CMAKE_BINARY_DIR}/fuzz-clang ${target})
        # The first run configures and builds the clang folder (a few minutes on two cores).
        set_tests_properties(fuzz_${target} PROPERTIES LABELS "fuzz" TIMEOUT 900)
    endforeach()
endif()
