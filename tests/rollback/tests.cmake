# models/rollback: decision tree, backup checks, plan and saved run (unit); the runner against the
# real stack (bad-deploy quick rollback, a full rollback restoring a real pg_dump, a SIGKILL after the
# restore then resume).
opsconsole_add_test(NAME tst_rollbackdecision SOURCES tst_rollbackdecision.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_backupcatalog SOURCES tst_backupcatalog.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_rollbackplan SOURCES tst_rollbackplan.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_backupfile SOURCES tst_backupfile.cpp LABELS integration TIMEOUT 180)

# A real SIGKILL in the middle of a full rollback: the child runs it and dies after the restore.
opsconsole_test_program(NAME rollbackrunchild SOURCES rollbackrunchild.cpp)
# 302 s at load 4 (two busy processes beside the four stacks).
opsconsole_add_test(NAME tst_rollbackrun SOURCES tst_rollbackrun.cpp LABELS integration TIMEOUT 800)
target_compile_definitions(tst_rollbackrun PRIVATE OPSCONSOLE_ROLLBACK_CHILD="$<TARGET_FILE:rollbackrunchild>")
add_dependencies(tst_rollbackrun rollbackrunchild)
opsconsole_add_test(NAME tst_rollbackquick SOURCES tst_rollbackquick.cpp LABELS integration TIMEOUT 400)
opsconsole_add_test(NAME tst_rollbackkubernetes SOURCES tst_rollbackkubernetes.cpp LABELS unit TIMEOUT 60)
