# The Charts page: views only; the data lives in models/metrics.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/chartpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartspage.h
    ${CMAKE_CURRENT_LIST_DIR}/chartspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/panelchartview.h
    ${CMAKE_CURRENT_LIST_DIR}/panelchartview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/thresholdlabels.h
    ${CMAKE_CURRENT_LIST_DIR}/thresholdlabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paneleditordialog.h
    ${CMAKE_CURRENT_LIST_DIR}/paneleditordialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timecontrols.h
    ${CMAKE_CURRENT_LIST_DIR}/timecontrols.cpp
)
