# The always-on health checks: service status, alerts (Prometheus, Alertmanager, the console's), the stack's verdict, the runbook's schedule, scale hints.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/alertentry.h
    ${CMAKE_CURRENT_LIST_DIR}/alertentry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/alertsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/alertsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checkstep.h
    ${CMAKE_CURRENT_LIST_DIR}/checkstep.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checksuite.h
    ${CMAKE_CURRENT_LIST_DIR}/checksuite.cpp
    ${CMAKE_CURRENT_LIST_DIR}/healthmonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/healthmonitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/healthschedule.h
    ${CMAKE_CURRENT_LIST_DIR}/healthschedule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scalehint.h
    ${CMAKE_CURRENT_LIST_DIR}/scalehint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/servicestatus.h
    ${CMAKE_CURRENT_LIST_DIR}/servicestatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/servicestatusmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/servicestatusmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sourceset.h
    ${CMAKE_CURRENT_LIST_DIR}/sourceset.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stackalerts.h
    ${CMAKE_CURRENT_LIST_DIR}/stackalerts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stackverdict.h
    ${CMAKE_CURRENT_LIST_DIR}/stackverdict.cpp
)
