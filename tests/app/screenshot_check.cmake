# Runs `opsconsole --screenshot dashboard` with a throw-away settings folder and checks a PNG came out.
# GRAB (render or screen) is passed as --screenshot-grab; screen needs an X server (with-xvfb.sh).
if(NOT GRAB)
    set(GRAB render)
endif()
string(RANDOM LENGTH 8 suffix)
set(config "${CMAKE_CURRENT_BINARY_DIR}/screenshot-config-${suffix}")
file(REMOVE "${OUT}")
execute_process(COMMAND "${OPSCONSOLE}" --config-dir "${config}" --lang "${LANG}"
                        --screenshot dashboard --out "${OUT}" --size 1024x700 --screenshot-wait 3000
                        --screenshot-grab "${GRAB}"
                RESULT_VARIABLE rc TIMEOUT 50)
file(REMOVE_RECURSE "${config}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "opsconsole --screenshot exited with ${rc}")
endif()
file(READ "${OUT}" header LIMIT 8 HEX)
if(NOT header STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${OUT} is not a PNG")
endif()
file(SIZE "${OUT}" size)
if(size LESS 5000)
    message(FATAL_ERROR "${OUT} is suspiciously small (${size} bytes)")
endif()
