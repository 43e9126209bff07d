# Rollback: the runbook's decision tree, backups, plan, saved run, runner, verification.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/backupcatalog.h
    ${CMAKE_CURRENT_LIST_DIR}/backupcatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackassessor.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackassessor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackdecision.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackdecision.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackincident.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackincident.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackplan.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrecordedrun.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrecordedrun.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrunstate.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackrunstate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackverifier.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackverifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackwatch.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackwatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbacktargetversions.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbacktargetversions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/verificationoverride.h
    ${CMAKE_CURRENT_LIST_DIR}/verificationoverride.cpp
)
