# models/session: the composition root of a profile.
opsconsole_add_test(NAME tst_operationscenter SOURCES tst_operationscenter.cpp LABELS integration TIMEOUT 120)
