# app/: the command line, and the real binary as an operator runs it.
opsconsole_add_test(NAME tst_commandline SOURCES tst_commandline.cpp ${PROJECT_SOURCE_DIR}/app/commandline.cpp
    LIBS opsconsole_widgets LABELS unit)
add_test(NAME cli_screenshot_ko COMMAND ${CMAKE_COMMAND}
    -DOPSCONSOLE=$<TARGET_FILE:opsconsole> -DLANG=ko -DOUT=${CMAKE_CURRENT_BINARY_DIR}/app/shot_ko.png
    -P ${CMAKE_CURRENT_LIST_DIR}/screenshot_check.cmake)
add_test(NAME cli_screenshot_en COMMAND ${CMAKE_COMMAND}
    -DOPSCONSOLE=$<TARGET_FILE:opsconsole> -DLANG=en -DOUT=${CMAKE_CURRENT_BINARY_DIR}/app/shot_en.png
    -P ${CMAKE_CURRENT_LIST_DIR}/screenshot_check.cmake)
set_tests_properties(cli_screenshot_ko cli_screenshot_en PROPERTIES LABELS gui TIMEOUT 60
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
# The same, copied from a real window on an Xvfb of its own (xcb).
add_test(NAME cli_screenshot_screen COMMAND bash ${PROJECT_SOURCE_DIR}/tests/common/with-xvfb.sh ${CMAKE_COMMAND}
    -DOPSCONSOLE=$<TARGET_FILE:opsconsole> -DLANG=en -DGRAB=screen -DOUT=${CMAKE_CURRENT_BINARY_DIR}/app/shot_screen.png
    -P ${CMAKE_CURRENT_LIST_DIR}/screenshot_check.cmake)
set_tests_properties(cli_screenshot_screen PROPERTIES LABELS gui TIMEOUT 60)
# `--check` as a child process: the PostgreSQL password of a scram role read from the keychain.
opsconsole_add_test(NAME tst_checkcommand SOURCES tst_checkcommand.cpp LABELS integration TIMEOUT 600)
target_compile_definitions(tst_checkcommand PRIVATE OPSCONSOLE_BINARY="$<TARGET_FILE:opsconsole>"
    OPSCONSOLE_DRIVER="$<TARGET_FILE:opsconsole_pgdriver>")
add_dependencies(tst_checkcommand opsconsole)
# Screenshots change nothing: every --screenshot target leaves docker ps and ops.audit as they were.
opsconsole_add_test(NAME tst_screenshots SOURCES tst_screenshots.cpp LABELS integration TIMEOUT 900)
target_compile_definitions(tst_screenshots PRIVATE OPSCONSOLE_BINARY="$<TARGET_FILE:opsconsole>")
add_dependencies(tst_screenshots opsconsole)
