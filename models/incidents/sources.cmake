# The incident log and on-call: incidents with timeline, store, notifications, escalation, templates.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/escalation.h
    ${CMAKE_CURRENT_LIST_DIR}/escalation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incident.h
    ${CMAKE_CURRENT_LIST_DIR}/incident.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentfiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentfiltermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentnotifier.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentnotifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentsql.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentsql.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentstore.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidenttemplate.h
    ${CMAKE_CURRENT_LIST_DIR}/incidenttemplate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/oncallroster.h
    ${CMAKE_CURRENT_LIST_DIR}/oncallroster.cpp
    ${CMAKE_CURRENT_LIST_DIR}/oncallstore.h
    ${CMAKE_CURRENT_LIST_DIR}/oncallstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentlog.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentlog.cpp
)
