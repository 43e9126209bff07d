# models/session: the composition root of a profile.
opsconsole_add_test(NAME tst_session SOURCES tst_session.cpp LABELS integration TIMEOUT 120)
opsconsole_add_test(NAME tst_procedureguards SOURCES tst_procedureguards.cpp LABELS integration TIMEOUT 240)
