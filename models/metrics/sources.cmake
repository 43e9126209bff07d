# Prometheus text format parser and client-side series math.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/metricfamily.h
    ${CMAKE_CURRENT_LIST_DIR}/metricfamily.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheustextparser.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheustextparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/seriesmath.h
    ${CMAKE_CURRENT_LIST_DIR}/seriesmath.cpp
)

# Charts (issue 5): time ranges, decimation, panel definitions and their data, the client-side
# scraper used when Prometheus is unreachable, and the Charts page's model.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartevent.h
    ${CMAKE_CURRENT_LIST_DIR}/timerange.h
    ${CMAKE_CURRENT_LIST_DIR}/timerange.cpp
    ${CMAKE_CURRENT_LIST_DIR}/decimation.h
    ${CMAKE_CURRENT_LIST_DIR}/decimation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartunit.h
    ${CMAKE_CURRENT_LIST_DIR}/chartunit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paneldefinition.h
    ${CMAKE_CURRENT_LIST_DIR}/paneldefinition.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paneldata.h
    ${CMAKE_CURRENT_LIST_DIR}/paneldata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/chartsettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/localevaluator.h
    ${CMAKE_CURRENT_LIST_DIR}/localevaluator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clientscraper.h
    ${CMAKE_CURRENT_LIST_DIR}/clientscraper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/chartsmodel.cpp
)
