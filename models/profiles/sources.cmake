# Connection profiles, their validation and files, the keychain.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/connectionprofile.h
    ${CMAKE_CURRENT_LIST_DIR}/connectionprofile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profilefile.h
    ${CMAKE_CURRENT_LIST_DIR}/profilefile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profilestore.h
    ${CMAKE_CURRENT_LIST_DIR}/profilestore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profilevalidator.h
    ${CMAKE_CURRENT_LIST_DIR}/profilevalidator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretstore.h
    ${CMAKE_CURRENT_LIST_DIR}/secretstore.cpp
)
