# Value types, formatting (times with their zones), typed settings, language, logging categories, the stall probe,
# files only the operator can read (privatefiles).
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/appsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/appsettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/savedstatefile.h
    ${CMAKE_CURRENT_LIST_DIR}/savedstatefile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/formatting.h
    ${CMAKE_CURRENT_LIST_DIR}/formatting.cpp
    ${CMAKE_CURRENT_LIST_DIR}/health.h
    ${CMAKE_CURRENT_LIST_DIR}/health.cpp
    ${CMAKE_CURRENT_LIST_DIR}/languagemanager.h
    ${CMAKE_CURRENT_LIST_DIR}/languagemanager.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logging.h
    ${CMAKE_CURRENT_LIST_DIR}/logging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/memoryrelease.h
    ${CMAKE_CURRENT_LIST_DIR}/memoryrelease.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingvalue.h
    ${CMAKE_CURRENT_LIST_DIR}/latencyhistogram.h
    ${CMAKE_CURRENT_LIST_DIR}/latencyhistogram.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stallprobe.h
    ${CMAKE_CURRENT_LIST_DIR}/stallprobe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identity.h
    ${CMAKE_CURRENT_LIST_DIR}/identity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/privatefiles.h
    ${CMAKE_CURRENT_LIST_DIR}/privatefiles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hostaddress.h
    ${CMAKE_CURRENT_LIST_DIR}/hostaddress.cpp
)
