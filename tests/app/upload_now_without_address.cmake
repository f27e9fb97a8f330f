# commonground --upload-now with consent but no statistics address must exit 1 and say why.
file(REMOVE_RECURSE ${DATA_DIR})
execute_process(COMMAND ${APP} --upload-now --consent yes --data-dir ${DATA_DIR}
    RESULT_VARIABLE result ERROR_VARIABLE errors OUTPUT_VARIABLE output)
if(NOT result EQUAL 1)
    message(FATAL_ERROR "expected exit 1, got ${result}: ${output}${errors}")
endif()
if(NOT errors MATCHES "1 report\\(s\\) wait, but there is no statistics address")
    message(FATAL_ERROR "the message does not say what is missing: ${errors}")
endif()
