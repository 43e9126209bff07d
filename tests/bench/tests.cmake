# Tests of this folder; see tests/CMakeLists.txt for opsconsole_add_test().

# Charts speed figures (issue 5): run by hand, prints its figures; not a ctest test.
add_executable(bench_charts ${CMAKE_CURRENT_LIST_DIR}/bench_charts.cpp)
opsconsole_strict(bench_charts)
target_link_libraries(bench_charts PRIVATE opsconsole_widgets)
