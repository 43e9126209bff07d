# The Settings page: profiles, secrets, language.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/profileeditor.h
    ${CMAKE_CURRENT_LIST_DIR}/profileeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingspage.h
    ${CMAKE_CURRENT_LIST_DIR}/settingspage.cpp
)
