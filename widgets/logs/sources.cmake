# The Logs page.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/loglinedelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/loglinedelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logspage.h
    ${CMAKE_CURRENT_LIST_DIR}/logspage.cpp
)
