# The Incidents and On-call pages.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/incidenteditor.h
    ${CMAKE_CURRENT_LIST_DIR}/incidenteditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentspage.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/oncallpage.h
    ${CMAKE_CURRENT_LIST_DIR}/oncallpage.cpp
)
