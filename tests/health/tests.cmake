# models/health: status and alerts models, the runbook's schedule, the checks under each scenario.
opsconsole_add_test(NAME tst_servicestatusmodel SOURCES tst_servicestatusmodel.cpp LABELS unit)
opsconsole_add_test(NAME tst_alertsmodel SOURCES tst_alertsmodel.cpp LABELS unit)
opsconsole_add_test(NAME tst_healthschedule SOURCES tst_healthschedule.cpp LABELS unit)
opsconsole_add_test(NAME tst_stackalerts SOURCES tst_stackalerts.cpp LABELS unit)
opsconsole_add_test(NAME tst_scenarios SOURCES tst_scenarios.cpp LABELS integration TIMEOUT 300)
# Status truth on the real stack: the verdict under error-spike, silences in the real Alertmanager, a
# frozen PostgreSQL's own age.
opsconsole_add_test(NAME tst_statustruth SOURCES tst_statustruth.cpp LABELS integration TIMEOUT 400)
