target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/source.h
    ${CMAKE_CURRENT_LIST_DIR}/source.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pollschedule.h
    ${CMAKE_CURRENT_LIST_DIR}/pollschedule.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/http.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/db.cmake)
