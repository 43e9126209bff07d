# Guarded scaling: the runbook's guardrails, a scale operation, gradual downscale.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscale.h
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscale.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscalestate.h
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscalestate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scaleoperation.h
    ${CMAKE_CURRENT_LIST_DIR}/scaleoperation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scalepolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/scalepolicy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scaleverification.h
    ${CMAKE_CURRENT_LIST_DIR}/scaleverification.cpp
)
