# Streamed logs: the bounded buffer and its model.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logbuffer.h
    ${CMAKE_CURRENT_LIST_DIR}/logbuffer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loglinemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/loglinemodel.cpp
)
