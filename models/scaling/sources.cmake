# Guarded service actions: the runbook's guardrails, a scale, a restart, gradual downscale, their verification.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscale.h
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscale.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guardedchange.h
    ${CMAKE_CURRENT_LIST_DIR}/guardedchange.cpp
    ${CMAKE_CURRENT_LIST_DIR}/restartoperation.h
    ${CMAKE_CURRENT_LIST_DIR}/restartoperation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscalestate.h
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscalestate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scaleoperation.h
    ${CMAKE_CURRENT_LIST_DIR}/scaleoperation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scalepolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/scalepolicy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/serviceverification.h
    ${CMAKE_CURRENT_LIST_DIR}/serviceverification.cpp
)
