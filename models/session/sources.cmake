# The composition root: what one profile needs, built together and torn down together.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/consolecontext.h
    ${CMAKE_CURRENT_LIST_DIR}/consolecontext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/operationscenter.h
    ${CMAKE_CURRENT_LIST_DIR}/operationscenter.cpp
)
