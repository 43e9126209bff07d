# models/scaling: the guardrails and a guarded scale against the real stack.
opsconsole_add_test(NAME tst_scalepolicy SOURCES tst_scalepolicy.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_scaleoperation SOURCES tst_scaleoperation.cpp LABELS integration TIMEOUT 120)
