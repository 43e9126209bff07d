# The main window, its pages and tray: the shell around the pages.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/appicons.h
    ${CMAKE_CURRENT_LIST_DIR}/appicons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lazyiconstyle.h
    ${CMAKE_CURRENT_LIST_DIR}/lazyiconstyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/noticelabel.h
    ${CMAKE_CURRENT_LIST_DIR}/noticelabel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagefactory.h
    ${CMAKE_CURRENT_LIST_DIR}/pagefactory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pageid.h
    ${CMAKE_CURRENT_LIST_DIR}/pageid.cpp
    ${CMAKE_CURRENT_LIST_DIR}/theme.h
    ${CMAKE_CURRENT_LIST_DIR}/theme.cpp
    ${CMAKE_CURRENT_LIST_DIR}/traynotifier.h
    ${CMAKE_CURRENT_LIST_DIR}/traynotifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trustbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/trustbanner.cpp
)
