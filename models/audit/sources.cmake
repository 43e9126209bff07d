# The audit trail: entries, their store (PostgreSQL or the journal), the model and summaries in words.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/auditentry.h
    ${CMAKE_CURRENT_LIST_DIR}/auditentry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/auditmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditstore.h
    ${CMAKE_CURRENT_LIST_DIR}/auditstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditsummary.h
    ${CMAKE_CURRENT_LIST_DIR}/auditsummary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditaction.h
    ${CMAKE_CURRENT_LIST_DIR}/auditaction.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditchain.h
    ${CMAKE_CURRENT_LIST_DIR}/auditchain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/writeahead.h
    ${CMAKE_CURRENT_LIST_DIR}/writeahead.cpp
)
