# Tests of this folder; see tests/CMakeLists.txt for opsconsole_add_test().
# They drive the shared local stack (scenarios, replicas, versions), so they never run
# alongside other tests (RUN_SERIAL) and always put the stack back to normal.
set(_tools_support toolstest.h toolstest.cpp)
opsconsole_add_test(NAME tst_dockerdouble SOURCES tst_dockerdouble.cpp ${_tools_support}
    LIBS Qt6::Network LABELS tools TIMEOUT 120)
opsconsole_add_test(NAME tst_stacksim SOURCES tst_stacksim.cpp ${_tools_support}
    LIBS Qt6::Network LABELS tools TIMEOUT 150)
opsconsole_add_test(NAME tst_stacksim_alerts SOURCES tst_stacksim_alerts.cpp ${_tools_support}
    LIBS Qt6::Network LABELS tools TIMEOUT 400)
set_tests_properties(tst_dockerdouble tst_stacksim tst_stacksim_alerts PROPERTIES RUN_SERIAL TRUE)
