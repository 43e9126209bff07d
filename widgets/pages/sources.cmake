# The base of every page.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/page.h
    ${CMAKE_CURRENT_LIST_DIR}/page.cpp
    ${CMAKE_CURRENT_LIST_DIR}/placeholderpage.h
    ${CMAKE_CURRENT_LIST_DIR}/placeholderpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resumebanner.h
    ${CMAKE_CURRENT_LIST_DIR}/resumebanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/verticalscrollarea.h
    ${CMAKE_CURRENT_LIST_DIR}/verticalscrollarea.cpp
)
