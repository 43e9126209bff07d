# models/profiles: profiles, their files and validation, the keychain.
opsconsole_add_test(NAME tst_profiles SOURCES tst_profiles.cpp LABELS unit)
opsconsole_add_test(NAME tst_secretstore SOURCES tst_secretstore.cpp LABELS integration)
opsconsole_add_test(NAME tst_secretstore_unavailable SOURCES tst_secretstore_unavailable.cpp LABELS unit)
