# The Settings page: profiles, secrets, language; the approval of a profile's programs; the import dialog.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/profileeditor.h
    ${CMAKE_CURRENT_LIST_DIR}/profileeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingspage.h
    ${CMAKE_CURRENT_LIST_DIR}/settingspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/programapprovaldialog.h
    ${CMAKE_CURRENT_LIST_DIR}/programapprovaldialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profileimportdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/profileimportdialog.cpp
)
