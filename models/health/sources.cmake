target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/checksuite.h
    ${CMAKE_CURRENT_LIST_DIR}/checksuite.cpp
)
