# Tests of this folder; see tests/CMakeLists.txt for opsconsole_add_test().
# They drive a local stack (scenarios, replicas, versions): like every test of a stack they have it to
# themselves while they run (tests/CMakeLists.txt); each one starts from `scripts/stack.sh reset`.
set(_stack_support)
opsconsole_add_test(NAME tst_stack SOURCES tst_stack.cpp ${_stack_support}
    LIBS Qt6::Network LABELS tools TIMEOUT 900)
opsconsole_add_test(NAME tst_stack_alerts SOURCES tst_stack_alerts.cpp ${_stack_support}
    LIBS Qt6::Network LABELS tools TIMEOUT 900)
opsconsole_add_test(NAME tst_stack_isolation SOURCES tst_stack_isolation.cpp ${_stack_support}
    LIBS Qt6::Network LABELS tools TIMEOUT 400)
set_property(TEST tst_stack_isolation APPEND PROPERTY ENVIRONMENT "OPSCONSOLE_BUILD_DIR=${CMAKE_BINARY_DIR}")

