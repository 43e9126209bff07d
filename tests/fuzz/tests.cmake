# Tests of this folder; see tests/CMakeLists.txt for opsconsole_add_test(). tests/fuzz/README.md.
#
# libFuzzer targets: only clang ships libFuzzer. The main build (gcc) gets one ctest test per target,
# label "fuzz", that runs scripts/fuzz.sh: it configures a clang build of its own (inside this build
# folder), builds the targets with ASan and UBSan and runs each for 10 s over its seed corpus. A build
# configured with clang itself defines the targets and replays the seed corpus once.
set(OPSCONSOLE_FUZZ_TARGETS prometheustextparser prometheusapi alertmanagerapi apihealth composeps
    kubectldeployments offlinejournal)

if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    # The parsers of outside data, compiled once with libFuzzer's coverage instrumentation and the
    # sanitizers (opsconsole_core is built without them) and shared by every target. Only what they need:
    # the HTTP client and request come along for HttpOutcome and the words of an HTTP status.
    add_library(opsconsole_fuzzparsers STATIC
        ${PROJECT_SOURCE_DIR}/models/core/formatting.cpp
        ${PROJECT_SOURCE_DIR}/models/core/hostaddress.cpp
        ${PROJECT_SOURCE_DIR}/models/core/logging.cpp
        ${PROJECT_SOURCE_DIR}/models/core/privatefiles.cpp
        ${PROJECT_SOURCE_DIR}/models/net/alertmanagerapiparser.cpp
        ${PROJECT_SOURCE_DIR}/models/net/apirequest.cpp
        ${PROJECT_SOURCE_DIR}/models/net/httpclient.cpp
        ${PROJECT_SOURCE_DIR}/models/net/metricfamily.cpp
        ${PROJECT_SOURCE_DIR}/models/net/prometheusapiparser.cpp
        ${PROJECT_SOURCE_DIR}/models/net/prometheustextparser.cpp
        ${PROJECT_SOURCE_DIR}/models/net/promqueryreader.cpp
        ${PROJECT_SOURCE_DIR}/models/sources/apihealthsnapshot.cpp
        ${PROJECT_SOURCE_DIR}/models/stack/composepsparser.cpp
        ${PROJECT_SOURCE_DIR}/models/stack/kubectldeploymentsparser.cpp
        ${PROJECT_SOURCE_DIR}/models/profiles/connectionprofile.cpp
        ${PROJECT_SOURCE_DIR}/models/store/offlinejournal.cpp
        ${PROJECT_SOURCE_DIR}/models/store/postgresconnectionparams.cpp)
    opsconsole_strict(opsconsole_fuzzparsers)
    target_include_directories(opsconsole_fuzzparsers PUBLIC ${PROJECT_SOURCE_DIR})
    # Every sanitizer finding aborts (UBSan would otherwise print and go on).
    target_compile_options(opsconsole_fuzzparsers PUBLIC -fsanitize=address,undefined -fno-sanitize-recover=all
                           -fno-omit-frame-pointer -g)
    target_compile_options(opsconsole_fuzzparsers PRIVATE -fsanitize=fuzzer-no-link)
    target_link_libraries(opsconsole_fuzzparsers PUBLIC Qt6::Core Qt6::Network)
    # Two translation units with Qt's headers precompiled, one for each core: 17 files each parsing Qt's
    # headers were most of the clang build on a fresh machine.
    set_target_properties(opsconsole_fuzzparsers PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 9)
    target_precompile_headers(opsconsole_fuzzparsers PRIVATE ${OPSCONSOLE_PCH_CORE})

    foreach(target ${OPSCONSOLE_FUZZ_TARGETS})
        add_executable(fuzz_${target} ${CMAKE_CURRENT_LIST_DIR}/fuzz_${target}.cpp)
        opsconsole_strict(fuzz_${target})
        # Compiled as the parsers are (libFuzzer's main comes in at the link), so that they share the
        # parsers' precompiled header.
        target_compile_options(fuzz_${target} PRIVATE -fsanitize=fuzzer-no-link)
        target_precompile_headers(fuzz_${target} REUSE_FROM opsconsole_fuzzparsers)
        target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_libraries(fuzz_${target} PRIVATE opsconsole_fuzzparsers)
        add_test(NAME fuzz_${target}_corpus
                 COMMAND fuzz_${target} -runs=0 ${CMAKE_CURRENT_LIST_DIR}/corpus/${target})
        set_tests_properties(fuzz_${target}_corpus PROPERTIES LABELS "fuzz" TIMEOUT 120)
    endforeach()
else()
    # 10 s per target: seven targets add about 80 s to a run (after the one-off clang build).
    # The first test to run configures and builds the clang folder; RESOURCE_LOCK keeps two tests from
    # building it at once when ctest runs in parallel.
    foreach(target ${OPSCONSOLE_FUZZ_TARGETS})
        add_test(NAME fuzz_${target}
                 COMMAND ${PROJECT_SOURCE_DIR}/scripts/fuzz.sh --seconds 10
                         --build-dir ${CMAKE_BINARY_DIR}/fuzz-clang ${target})
        set_tests_properties(fuzz_${target} PROPERTIES LABELS "fuzz" TIMEOUT 1200
                             RESOURCE_LOCK opsconsole_fuzz_clang_build)
    endforeach()
endif()
