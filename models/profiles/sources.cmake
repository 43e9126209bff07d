# Connection profiles, their validation, files and import, the keychain and what a secret is bound to,
# the programs approved on this workstation.
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
    ${CMAKE_CURRENT_LIST_DIR}/programidentity.h
    ${CMAKE_CURRENT_LIST_DIR}/programidentity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/programapprovals.h
    ${CMAKE_CURRENT_LIST_DIR}/programapprovals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretbinding.h
    ${CMAKE_CURRENT_LIST_DIR}/secretbinding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profileimport.h
    ${CMAKE_CURRENT_LIST_DIR}/profileimport.cpp
)
