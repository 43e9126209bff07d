# models/maintenance: schedule, checklist, the guided run, drain wait and silences.
# The silences, the run and the drain wait talk to the real stack (scripts/stack.sh): its Alertmanager.
opsconsole_add_test(NAME tst_maintenancemodel SOURCES tst_maintenancemodel.cpp
    LABELS integration TIMEOUT 120)
# A console killed with SIGKILL in the middle of a run (the crash-resume tests).
opsconsole_test_program(NAME maintenancerunchild SOURCES maintenancerunchild.cpp)
# About 90 s alone on a quiet machine, 375 s at load 4 (two busy processes beside the four stacks).
opsconsole_add_test(NAME tst_maintenancerun SOURCES tst_maintenancerun.cpp LABELS integration TIMEOUT 900)
target_compile_definitions(tst_maintenancerun PRIVATE OPSCONSOLE_MAINTENANCE_CHILD="$<TARGET_FILE:maintenancerunchild>")
add_dependencies(tst_maintenancerun maintenancerunchild)
opsconsole_add_test(NAME tst_maintenancestore SOURCES tst_maintenancestore.cpp LABELS integration TIMEOUT 90)
