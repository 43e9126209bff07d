# PostgreSQL, Redis and orchestrator sources (owned by the database sources work).
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/postgressnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/postgressnapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/postgresconnectionparams.h
    ${CMAKE_CURRENT_LIST_DIR}/postgresconnectionparams.cpp
    ${CMAKE_CURRENT_LIST_DIR}/postgresworker.h
    ${CMAKE_CURRENT_LIST_DIR}/postgresworker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/postgressource.h
    ${CMAKE_CURRENT_LIST_DIR}/postgressource.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/redissnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/redissnapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/redisqtadapter.h
    ${CMAKE_CURRENT_LIST_DIR}/redisqtadapter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/redissource.h
    ${CMAKE_CURRENT_LIST_DIR}/redissource.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/containerinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/composepsparser.h
    ${CMAKE_CURRENT_LIST_DIR}/composepsparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubectldeploymentsparser.h
    ${CMAKE_CURRENT_LIST_DIR}/kubectldeploymentsparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/processrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/processrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorsnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorsource.h
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorsource.cpp
)
