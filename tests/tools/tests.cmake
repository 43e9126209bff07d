# Tests of this folder; see tests/CMakeLists.txt for opsconsole_add_test().
# They drive the shared local stack (scenarios, replicas, versions), so they never run alongside
# other tests (RUN_SERIAL); each one starts from `scripts/stack.sh reset`.
set(_stack_support)
opsconsole_add_test(NAME tst_stack SOURCES tst_stack.cpp ${_stack_support}
    LIBS Qt6::Network LABELS tools TIMEOUT 900)
opsconsole_add_test(NAME tst_stack_alerts SOURCES tst_stack_alerts.cpp ${_stack_support}
    LIBS Qt6::Network LABELS tools TIMEOUT 900)
opsconsole_add_test(NAME tst_stack_isolation SOURCES tst_stack_isolation.cpp ${_stack_support}
    LIBS Qt6::Network LABELS tools TIMEOUT 400)
set_property(TEST tst_stack_isolation APPEND PROPERTY ENVIRONMENT "OPSCONSOLE_BUILD_DIR=${CMAKE_BINARY_DIR}")
set_tests_properties(tst_stack tst_stack_alerts tst_stack_isolation PROPERTIES RUN_SERIAL TRUE)

