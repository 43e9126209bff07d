# The console's own records: the abandonable libpq worker, migrations, offline journal, operator lock, LISTEN.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/databaselink.h
    ${CMAKE_CURRENT_LIST_DIR}/databaselink.cpp
    ${CMAKE_CURRENT_LIST_DIR}/databaseresult.h
    ${CMAKE_CURRENT_LIST_DIR}/databasesession.h
    ${CMAKE_CURRENT_LIST_DIR}/databasesession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/databaseworker.h
    ${CMAKE_CURRENT_LIST_DIR}/databaseworker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentlistenthread.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentlistenthread.cpp
    ${CMAKE_CURRENT_LIST_DIR}/offlinejournal.h
    ${CMAKE_CURRENT_LIST_DIR}/offlinejournal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/operatorlock.h
    ${CMAKE_CURRENT_LIST_DIR}/operatorlock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/postgresconnectionparams.h
    ${CMAKE_CURRENT_LIST_DIR}/postgresconnectionparams.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schemamigrations.h
    ${CMAKE_CURRENT_LIST_DIR}/schemamigrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sql.h
    ${CMAKE_CURRENT_LIST_DIR}/sqlconnect.h
    ${CMAKE_CURRENT_LIST_DIR}/sqlconnect.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqldriver.h
)
# Where the driver library is looked for (sqlconnect.cpp); its own definitions keep it out of the unity batch.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/sqlconnect.cpp PROPERTIES
    SKIP_UNITY_BUILD_INCLUSION ON
    COMPILE_DEFINITIONS "OPSCONSOLE_SQL_DRIVER_FILE=\"libopsconsole_pgdriver.so\";OPSCONSOLE_SQL_DRIVER_BUILT=\"$<TARGET_FILE:opsconsole_pgdriver>\";OPSCONSOLE_SQL_DRIVER_INSTALLED=\"${CMAKE_INSTALL_FULL_LIBDIR}/opsconsole/libopsconsole_pgdriver.so\";OPSCONSOLE_BUILD_ROOT=\"${PROJECT_BINARY_DIR}\"")
