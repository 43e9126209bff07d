# The session's one HTTP client (CA, tokens, URL joining, deadlines, size caps) and the parsers of what
# HTTP servers answer: Prometheus' API JSON and text exposition format, Alertmanager's API v2 JSON.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/alertmanagerapiparser.h
    ${CMAKE_CURRENT_LIST_DIR}/alertmanagerapiparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/apirequest.h
    ${CMAKE_CURRENT_LIST_DIR}/apirequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httpclient.h
    ${CMAKE_CURRENT_LIST_DIR}/httpclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricfamily.h
    ${CMAKE_CURRENT_LIST_DIR}/metricfamily.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheusapiparser.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheusapiparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheusclient.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheusclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheustextparser.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheustextparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheustypes.h
    ${CMAKE_CURRENT_LIST_DIR}/promqueryreader.h
    ${CMAKE_CURRENT_LIST_DIR}/promqueryreader.cpp
)
