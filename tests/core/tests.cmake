# models/core: formatting, the stall probe, translations.
opsconsole_add_test(NAME tst_formatting SOURCES tst_formatting.cpp LABELS unit)
opsconsole_add_test(NAME tst_stallprobe SOURCES tst_stallprobe.cpp LABELS unit)
opsconsole_add_test(NAME tst_translations SOURCES tst_translations.cpp LABELS unit)
target_compile_definitions(tst_translations PRIVATE OPSCONSOLE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
# The layering of docs/ARCHITECTURE.md: includes name their layer, arrows point down, views build no back end.
add_test(NAME layers COMMAND python3 ${PROJECT_SOURCE_DIR}/scripts/check-layers.py ${PROJECT_SOURCE_DIR})
set_tests_properties(layers PROPERTIES LABELS unit TIMEOUT 30)
# The Korean file against translations/GLOSSARY.md, no fallback particles, register of embedded fragments,
# and no unfinished entry in any .ts (the English plurals included).
foreach(check glossary particles register unfinished)
    add_test(NAME translations_${check}
             COMMAND python3 ${PROJECT_SOURCE_DIR}/scripts/check-translations.py ${PROJECT_SOURCE_DIR} ${check})
    set_tests_properties(translations_${check} PROPERTIES LABELS unit TIMEOUT 60)
endforeach()
