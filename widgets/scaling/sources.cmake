# The Scaling page and its dialogs: views only; the logic lives in models/scaling.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/armcontrol.h
    ${CMAKE_CURRENT_LIST_DIR}/armcontrol.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guardrailsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/guardrailsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricstable.h
    ${CMAKE_CURRENT_LIST_DIR}/metricstable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/restartdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/restartdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scaledialog.h
    ${CMAKE_CURRENT_LIST_DIR}/scaledialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scalingpage.h
    ${CMAKE_CURRENT_LIST_DIR}/scalingpage.cpp
)
