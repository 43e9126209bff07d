# models/stack: orchestrator commands, compose and kubectl, the process runner and output parsers.
opsconsole_add_test(NAME tst_processrunner SOURCES tst_processrunner.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_composepsparser SOURCES tst_composepsparser.cpp LABELS unit TIMEOUT 30)
target_compile_definitions(tst_composepsparser PRIVATE OPSCONSOLE_DB_FIXTURES="${CMAKE_CURRENT_LIST_DIR}/fixtures")
opsconsole_add_test(NAME tst_orchestratorcommands SOURCES tst_orchestratorcommands.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_smoketestcommand SOURCES tst_smoketestcommand.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_composeorchestrator SOURCES tst_composeorchestrator.cpp LABELS integration TIMEOUT 120)
opsconsole_add_test(NAME tst_kubernetesorchestrator SOURCES tst_kubernetesorchestrator.cpp LABELS unit TIMEOUT 60)
