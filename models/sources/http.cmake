# API and Prometheus HTTP sources (owned by the HTTP sources work).
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/apirequest.h
    ${CMAKE_CURRENT_LIST_DIR}/apirequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/apihealthsnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/apihealthsnapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/apisource.h
    ${CMAKE_CURRENT_LIST_DIR}/apisource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheustypes.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheusapiparser.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheusapiparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheusclient.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheusclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheussnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheussnapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prometheussource.h
    ${CMAKE_CURRENT_LIST_DIR}/prometheussource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hostsnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/hostsource.h
    ${CMAKE_CURRENT_LIST_DIR}/hostsource.cpp
)
