target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/stallprobe.h
    ${CMAKE_CURRENT_LIST_DIR}/stallprobe.cpp
)
