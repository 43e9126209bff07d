# Operations: audit trail, operator lock, scale policy, orchestrator commands.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/auditentry.h
    ${CMAKE_CURRENT_LIST_DIR}/auditentry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditstore.h
    ${CMAKE_CURRENT_LIST_DIR}/auditstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/auditmodel.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/operatorlock.h
    ${CMAKE_CURRENT_LIST_DIR}/operatorlock.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/scalepolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/scalepolicy.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orchestrator.h
    ${CMAKE_CURRENT_LIST_DIR}/orchestrator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/composeorchestrator.h
    ${CMAKE_CURRENT_LIST_DIR}/composeorchestrator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubernetesorchestrator.h
    ${CMAKE_CURRENT_LIST_DIR}/kubernetesorchestrator.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/scaleoperation.h
    ${CMAKE_CURRENT_LIST_DIR}/scaleoperation.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/operationscenter.h
    ${CMAKE_CURRENT_LIST_DIR}/operationscenter.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logbuffer.h
    ${CMAKE_CURRENT_LIST_DIR}/logbuffer.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscale.h
    ${CMAKE_CURRENT_LIST_DIR}/gradualdownscale.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/loglinemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/loglinemodel.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/auditsummary.h
    ${CMAKE_CURRENT_LIST_DIR}/auditsummary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditeventfeed.h
    ${CMAKE_CURRENT_LIST_DIR}/auditeventfeed.cpp
)
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/smoketestcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/smoketestcommand.cpp
)
