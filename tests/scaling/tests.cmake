# models/scaling: the guardrails and a guarded scale against the real stack.
opsconsole_add_test(NAME tst_scalepolicy SOURCES tst_scalepolicy.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_scaleoperation SOURCES tst_scaleoperation.cpp LABELS integration TIMEOUT 300)
# A console killed with SIGKILL in the middle of a gradual downscale (the crash-resume tests).
opsconsole_test_program(NAME gradualdownscalechild SOURCES gradualdownscalechild.cpp)
opsconsole_add_test(NAME tst_gradualdownscale SOURCES tst_gradualdownscale.cpp LABELS integration TIMEOUT 300)
target_compile_definitions(tst_gradualdownscale PRIVATE OPSCONSOLE_GRADUAL_CHILD="$<TARGET_FILE:gradualdownscalechild>")
add_dependencies(tst_gradualdownscale gradualdownscalechild)
# A restart through the flow it shares with a scale: intent before, outcome after (real stack).
opsconsole_add_test(NAME tst_restartoperation SOURCES tst_restartoperation.cpp LABELS integration TIMEOUT 200)
