# The Dashboard: a tile per service, alerts, the comprehensive health check.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dashboardpage.h
    ${CMAKE_CURRENT_LIST_DIR}/dashboardpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/healthstyle.h
    ${CMAKE_CURRENT_LIST_DIR}/healthstyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/servicetile.h
    ${CMAKE_CURRENT_LIST_DIR}/servicetile.cpp
)
