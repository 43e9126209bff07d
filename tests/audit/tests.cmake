# models/audit: the audit trail's store, model and summaries.
opsconsole_add_test(NAME tst_auditstore SOURCES tst_auditstore.cpp LABELS integration TIMEOUT 60)
opsconsole_add_test(NAME tst_auditmodel SOURCES tst_auditmodel.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_auditsummary SOURCES tst_auditsummary.cpp LABELS unit TIMEOUT 30)
# Also runs `opsconsole --verify-audit` itself.
opsconsole_add_test(NAME tst_auditchain SOURCES tst_auditchain.cpp LABELS integration TIMEOUT 180)
target_compile_definitions(tst_auditchain PRIVATE OPSCONSOLE_APP="$<TARGET_FILE:opsconsole>")
add_dependencies(tst_auditchain opsconsole)
