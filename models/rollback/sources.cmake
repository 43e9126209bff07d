# Rollback: the runbook's decision tree, backup checks, the plan, the saved run and its runner.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/rollbackdecision.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackdecision.cpp
    ${CMAKE_CURRENT_LIST_DIR}/backupcatalog.h
    ${CMAKE_CURRENT_LIST_DIR}/backupcatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackplan.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrunstate.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrunstate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrunner.cpp
)
