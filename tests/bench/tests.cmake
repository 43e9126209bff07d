# Tests of this folder; see tests/CMakeLists.txt for opsconsole_add_test().

# Charts speed figures (issue 5): run by hand, prints its figures; not a ctest test.
add_executable(bench_charts ${CMAKE_CURRENT_LIST_DIR}/bench_charts.cpp)
opsconsole_strict(bench_charts)
target_link_libraries(bench_charts PRIVATE opsconsole_widgets)

# Prometheus text parser figures (issue 16 item 5): throughput on a 10 MB node_exporter-style body,
# wide lines, memory. Run by hand from a release build (-O2); not a ctest test.
add_executable(bench_parser ${CMAKE_CURRENT_LIST_DIR}/bench_parser.cpp)
opsconsole_strict(bench_parser)
target_link_libraries(bench_parser PRIVATE opsconsole_core)
target_compile_definitions(bench_parser PRIVATE
    OPSCONSOLE_BENCH_TEMPLATE="${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/prometheustextparser/node_exporter.txt"
    OPSCONSOLE_BENCH_COMPILER="${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}, ${CMAKE_BUILD_TYPE}")
