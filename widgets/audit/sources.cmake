# The Audit page.
target_sources(opsconsole_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/auditpage.h
    ${CMAKE_CURRENT_LIST_DIR}/auditpage.cpp
)
