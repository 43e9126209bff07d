# The orchestrator (docker compose v1/v2, kubectl), the process runner and the parsers of their output.
target_sources(opsconsole_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/composeorchestrator.h
    ${CMAKE_CURRENT_LIST_DIR}/composeorchestrator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/composepsparser.h
    ${CMAKE_CURRENT_LIST_DIR}/composepsparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/containerinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/kubectldeploymentsparser.h
    ${CMAKE_CURRENT_LIST_DIR}/kubectldeploymentsparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kubernetesorchestrator.h
    ${CMAKE_CURRENT_LIST_DIR}/kubernetesorchestrator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orchestrator.h
    ${CMAKE_CURRENT_LIST_DIR}/orchestrator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorsnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/processrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/processrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/smoketestcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/smoketestcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorsettingscheck.h
    ${CMAKE_CURRENT_LIST_DIR}/orchestratorsettingscheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profileprograms.h
    ${CMAKE_CURRENT_LIST_DIR}/profileprograms.cpp
)
