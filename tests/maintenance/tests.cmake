# models/maintenance: schedule, checklist, the guided run, drain wait and silences.
# Unit tests need nothing; the run and the drain wait talk to the real stack (scripts/stack.sh).
opsconsole_add_test(NAME tst_maintenancemodel SOURCES tst_maintenancemodel.cpp
    LIBS Qt6::HttpServer LABELS unit TIMEOUT 60)
opsconsole_add_test(NAME tst_maintenancerun SOURCES tst_maintenancerun.cpp LABELS integration TIMEOUT 170)
opsconsole_add_test(NAME tst_maintenancestore SOURCES tst_maintenancestore.cpp LABELS integration TIMEOUT 90)
# It switches the stack's NGINX into maintenance mode (the public traffic stops): never alongside others.
set_tests_properties(tst_maintenancerun PROPERTIES RUN_SERIAL TRUE)
