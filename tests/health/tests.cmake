# models/health: status and alerts models, the runbook's schedule, the checks under each scenario.
opsconsole_add_test(NAME tst_servicestatusmodel SOURCES tst_servicestatusmodel.cpp LABELS unit)
opsconsole_add_test(NAME tst_alertsmodel SOURCES tst_alertsmodel.cpp LABELS unit)
opsconsole_add_test(NAME tst_healthschedule SOURCES tst_healthschedule.cpp LABELS unit)
opsconsole_add_test(NAME tst_scenarios SOURCES tst_scenarios.cpp LABELS integration TIMEOUT 300)
set_tests_properties(tst_scenarios PROPERTIES RUN_SERIAL TRUE)
