# models/store: the database worker, migrations, the offline journal, the operator lock.
# Integration tests use their own throw-away database (tests/common/scratchdatabase).
opsconsole_add_test(NAME tst_offlinejournal SOURCES tst_offlinejournal.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_databaseworker SOURCES tst_databaseworker.cpp LABELS integration TIMEOUT 60)
opsconsole_add_test(NAME tst_schemamigrations SOURCES tst_schemamigrations.cpp LABELS integration TIMEOUT 60)
opsconsole_add_test(NAME tst_operatorlock SOURCES tst_operatorlock.cpp LABELS integration TIMEOUT 60)
# Keepalives and tcp_user_timeout against a cluster of its own in a network namespace (needs root).
opsconsole_add_test(NAME tst_postgreskeepalive SOURCES tst_postgreskeepalive.cpp LABELS integration TIMEOUT 120)

# A real SIGKILL in the middle of a journal replay: the child process replays, the test kills it.
opsconsole_test_program(NAME journalreplaychild SOURCES journalreplaychild.cpp)
opsconsole_add_test(NAME tst_journalkill SOURCES tst_journalkill.cpp LABELS integration TIMEOUT 180)
target_compile_definitions(tst_journalkill PRIVATE OPSCONSOLE_REPLAY_CHILD="$<TARGET_FILE:journalreplaychild>")
add_dependencies(tst_journalkill journalreplaychild)
# Ops::Sql through the driver library against the real PostgreSQL, and what the executable links.
opsconsole_add_test(NAME tst_sql SOURCES tst_sql.cpp LABELS integration TIMEOUT 60)
target_compile_definitions(tst_sql PRIVATE OPSCONSOLE_BINARY="$<TARGET_FILE:opsconsole>"
    OPSCONSOLE_DRIVER="$<TARGET_FILE:opsconsole_pgdriver>")
add_dependencies(tst_sql opsconsole)
