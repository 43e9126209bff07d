# The composition root: what one profile needs, built together and torn down together.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/consolecontext.h
    ${CMAKE_CURRENT_LIST_DIR}/consolecontext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session.h
    ${CMAKE_CURRENT_LIST_DIR}/session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profilesecrets.h
    ${CMAKE_CURRENT_LIST_DIR}/profilesecrets.cpp
)
