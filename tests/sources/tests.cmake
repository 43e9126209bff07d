# models/sources: the pollers, against fake servers (unit) and the stack's real ones (integration).
opsconsole_add_test(NAME tst_pollschedule SOURCES tst_pollschedule.cpp LABELS unit)
opsconsole_add_test(NAME tst_apisource SOURCES tst_apisource.cpp LABELS unit TIMEOUT 60)
opsconsole_add_test(NAME tst_apisource_live SOURCES tst_apisource_live.cpp LABELS integration TIMEOUT 60)
opsconsole_add_test(NAME tst_postgressource SOURCES tst_postgressource.cpp LABELS integration TIMEOUT 120)
opsconsole_add_test(NAME tst_redisreplyguard SOURCES tst_redisreplyguard.cpp LABELS unit TIMEOUT 120)
opsconsole_add_test(NAME tst_redissource SOURCES tst_redissource.cpp LABELS integration TIMEOUT 120)
opsconsole_add_test(NAME tst_orchestratorsource SOURCES tst_orchestratorsource.cpp LABELS integration TIMEOUT 60)
target_compile_definitions(tst_orchestratorsource PRIVATE OPSCONSOLE_DB_FIXTURES="${PROJECT_SOURCE_DIR}/tests/stack/fixtures")
# No password in clear: PostgreSQL and Redis off this machine without TLS (the stack's, at their
# containers' addresses) get none, unless the profile records the choice (Redis).
opsconsole_add_test(NAME tst_cleartextpasswords SOURCES tst_cleartextpasswords.cpp LABELS integration TIMEOUT 60)
