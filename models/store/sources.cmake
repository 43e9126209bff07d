# The console's own records: database worker thread, versioned migrations, offline journal.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/databaseresult.h
    ${CMAKE_CURRENT_LIST_DIR}/databasesession.h
    ${CMAKE_CURRENT_LIST_DIR}/databasesession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/databaseworker.h
    ${CMAKE_CURRENT_LIST_DIR}/databaseworker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schemamigrations.h
    ${CMAKE_CURRENT_LIST_DIR}/schemamigrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/offlinejournal.h
    ${CMAKE_CURRENT_LIST_DIR}/offlinejournal.cpp
)
# Migrations of the `ops` schema, embedded as :/sql/NNN_name.sql (explicit list: no GLOB).
qt_add_resources(opsconsole_core "opsconsole_sql"
    PREFIX "/sql"
    BASE "${PROJECT_SOURCE_DIR}/resources/sql"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/sql/001_audit.sql"
        "${PROJECT_SOURCE_DIR}/resources/sql/002_lock_holders.sql"
        "${PROJECT_SOURCE_DIR}/resources/sql/003_incidents.sql"
        "${PROJECT_SOURCE_DIR}/resources/sql/004_oncall.sql"
        "${PROJECT_SOURCE_DIR}/resources/sql/005_maintenance.sql"
)
