# Prometheus text format parser and client-side series math.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/metricfamily.h
    ${CMAKE_CURRENT_LIST_DIR}/metricfamily.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheustextparser.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheustextparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/seriesmath.h
    ${CMAKE_CURRENT_LIST_DIR}/seriesmath.cpp
)
