# Charts: the runbook's PromQL, time ranges, panels and their data, decimation, client-side scraping, markers.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/auditeventfeed.h
    ${CMAKE_CURRENT_LIST_DIR}/auditeventfeed.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartevent.h
    ${CMAKE_CURRENT_LIST_DIR}/chartsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/chartsettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/chartsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartunit.h
    ${CMAKE_CURRENT_LIST_DIR}/chartunit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clientscraper.h
    ${CMAKE_CURRENT_LIST_DIR}/clientscraper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/decimation.h
    ${CMAKE_CURRENT_LIST_DIR}/decimation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/localevaluator.h
    ${CMAKE_CURRENT_LIST_DIR}/localevaluator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paneldata.h
    ${CMAKE_CURRENT_LIST_DIR}/paneldata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paneldefinition.h
    ${CMAKE_CURRENT_LIST_DIR}/paneldefinition.cpp
    ${CMAKE_CURRENT_LIST_DIR}/seriesmath.h
    ${CMAKE_CURRENT_LIST_DIR}/seriesmath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timerange.h
    ${CMAKE_CURRENT_LIST_DIR}/timerange.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runbookqueries.h
    ${CMAKE_CURRENT_LIST_DIR}/runbookqueries.cpp
)
