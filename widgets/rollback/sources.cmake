# The rollback wizard: views only; the logic lives in models/rollback.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/afterpane.h
    ${CMAKE_CURRENT_LIST_DIR}/afterpane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/assesspane.h
    ${CMAKE_CURRENT_LIST_DIR}/assesspane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/backuppane.h
    ${CMAKE_CURRENT_LIST_DIR}/backuppane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/executepane.h
    ${CMAKE_CURRENT_LIST_DIR}/executepane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewpane.h
    ${CMAKE_CURRENT_LIST_DIR}/reviewpane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rollbackpage.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/targetpane.h
    ${CMAKE_CURRENT_LIST_DIR}/targetpane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/verifypane.h
    ${CMAKE_CURRENT_LIST_DIR}/verifypane.cpp
)
