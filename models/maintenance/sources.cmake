# Maintenance windows: schedule, checklist, the guided run, drain wait, Alertmanager silences.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/drainwatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/drainwatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenanceactivity.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenanceactivity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancechecklist.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancechecklist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancerun.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancerun.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancerunstate.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancerunstate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancesteps.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancesteps.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenanceflagprobe.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenanceflagprobe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancestore.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancestore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancewindow.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancewindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/silenceclient.h
    ${CMAKE_CURRENT_LIST_DIR}/silenceclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancescheduler.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancescheduler.cpp
)
