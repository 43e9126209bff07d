# Tests of this folder; see tests/CMakeLists.txt for opsconsole_add_test().

# Every speed figure of issue 16 (start-up, idle CPU, event-loop lateness, logs, charts memory and redraw,
# PSS, parse): run by hand from a release build, prints each figure beside its budget; not a ctest test.
add_executable(bench_console ${CMAKE_CURRENT_LIST_DIR}/bench_console.cpp)
opsconsole_strict(bench_console)
target_link_libraries(bench_console PRIVATE opsconsole_widgets opsconsole_testsupport Qt6::Test)
target_compile_definitions(bench_console PRIVATE
    OPSCONSOLE_BENCH_CONSOLE="$<TARGET_FILE:opsconsole>" OPSCONSOLE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(bench_console opsconsole)

# bench_console's start-up baseline: the smallest Qt Widgets window, alone and linked to every library
# the console loads before main() (--no-as-needed: loaded though unused), to show what the platform costs.
add_executable(bench_minimal_window ${CMAKE_CURRENT_LIST_DIR}/minimalwindow.cpp)
opsconsole_strict(bench_minimal_window)
target_link_libraries(bench_minimal_window PRIVATE Qt6::Widgets)
add_executable(bench_minimal_window_linked ${CMAKE_CURRENT_LIST_DIR}/minimalwindow.cpp)
opsconsole_strict(bench_minimal_window_linked)
target_link_options(bench_minimal_window_linked PRIVATE LINKER:--no-as-needed)
target_link_libraries(bench_minimal_window_linked PRIVATE Qt6::Widgets Qt6::Charts Qt6::Network
    Qt6::Concurrent Qt6::DBus qt6keychain PkgConfig::HIREDIS)
add_dependencies(bench_console bench_minimal_window bench_minimal_window_linked)
target_compile_definitions(bench_console PRIVATE
    OPSCONSOLE_BENCH_MINIMAL="$<TARGET_FILE:bench_minimal_window>"
    OPSCONSOLE_BENCH_MINIMAL_LINKED="$<TARGET_FILE:bench_minimal_window_linked>")

# Charts speed figures (issue 5): run by hand, prints its figures; not a ctest test.
add_executable(bench_charts ${CMAKE_CURRENT_LIST_DIR}/bench_charts.cpp)
opsconsole_strict(bench_charts)
target_link_libraries(bench_charts PRIVATE opsconsole_widgets Qt6::Charts) # Qt Charts for its comparisons

# Prometheus text parser figures (issue 16 item 5): throughput on a 10 MB node_exporter-style body,
# wide lines, memory. Run by hand from a release build (-O2); not a ctest test.
add_executable(bench_parser ${CMAKE_CURRENT_LIST_DIR}/bench_parser.cpp)
opsconsole_strict(bench_parser)
target_link_libraries(bench_parser PRIVATE opsconsole_core)
target_compile_definitions(bench_parser PRIVATE
    OPSCONSOLE_BENCH_TEMPLATE="${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/prometheustextparser/node_exporter.txt"
    OPSCONSOLE_BENCH_COMPILER="${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}, ${CMAKE_BUILD_TYPE}")
