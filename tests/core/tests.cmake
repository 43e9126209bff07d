# models/core: formatting, the stall probe, translations.
opsconsole_add_test(NAME tst_formatting SOURCES tst_formatting.cpp LABELS unit)
opsconsole_add_test(NAME tst_stallprobe SOURCES tst_stallprobe.cpp LABELS unit)
opsconsole_add_test(NAME tst_translations SOURCES tst_translations.cpp LABELS unit)
target_compile_definitions(tst_translations PRIVATE OPSCONSOLE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
# The layering of docs/ARCHITECTURE.md: includes name their layer, arrows point down, views build no back end.
add_test(NAME layers COMMAND python3 ${PROJECT_SOURCE_DIR}/scripts/check-layers.py ${PROJECT_SOURCE_DIR})
set_tests_properties(layers PROPERTIES LABELS unit TIMEOUT 30)
