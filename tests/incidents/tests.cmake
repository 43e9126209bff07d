# models/incidents: store (PostgreSQL + journal), conflicts, notifications, escalation, templates.
opsconsole_add_test(NAME tst_incidentstore SOURCES tst_incidentstore.cpp LABELS integration TIMEOUT 120)
opsconsole_add_test(NAME tst_escalation SOURCES tst_escalation.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_incidenttemplate SOURCES tst_incidenttemplate.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_incidentmodel SOURCES tst_incidentmodel.cpp LABELS unit TIMEOUT 30)

# A real SIGKILL after editing during an outage: the child edits, the test kills it.
opsconsole_test_program(NAME incidenteditchild SOURCES incidenteditchild.cpp)
opsconsole_add_test(NAME tst_incidentkill SOURCES tst_incidentkill.cpp LABELS integration TIMEOUT 60)
target_compile_definitions(tst_incidentkill PRIVATE OPSCONSOLE_EDIT_CHILD="$<TARGET_FILE:incidenteditchild>")
add_dependencies(tst_incidentkill incidenteditchild)
