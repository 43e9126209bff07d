# Scaling, Audit and Logs pages (issue 6): views only; the logic lives in models/ops.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/metricstable.h
    ${CMAKE_CURRENT_LIST_DIR}/metricstable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/armcontrol.h
    ${CMAKE_CURRENT_LIST_DIR}/armcontrol.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guardrailsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/guardrailsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scaledialog.h
    ${CMAKE_CURRENT_LIST_DIR}/scaledialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scalingpage.h
    ${CMAKE_CURRENT_LIST_DIR}/scalingpage.cpp
)
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../audit/auditpage.h
    ${CMAKE_CURRENT_LIST_DIR}/../audit/auditpage.cpp
)
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../logs/loglinedelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/../logs/loglinedelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../logs/logspage.h
    ${CMAKE_CURRENT_LIST_DIR}/../logs/logspage.cpp
)
