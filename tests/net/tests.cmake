# models/net: Prometheus' text format and API parsers, the Prometheus client (fake server and the real one).
opsconsole_add_test(NAME tst_prometheustextparser SOURCES tst_prometheustextparser.cpp LABELS unit TIMEOUT 60)
opsconsole_add_test(NAME tst_prometheusapiparser SOURCES tst_prometheusapiparser.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_prometheusclient SOURCES tst_prometheusclient.cpp LABELS unit TIMEOUT 60)
opsconsole_add_test(NAME tst_prometheus_live SOURCES tst_prometheus_live.cpp LABELS integration TIMEOUT 60)
