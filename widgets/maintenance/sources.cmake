# The Maintenance page: schedule, checklist and the guided run; logic in models/maintenance.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/maintenancebanner.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancebanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancepage.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/maintenancerunview.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenancerunview.cpp
)
