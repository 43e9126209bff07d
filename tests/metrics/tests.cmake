# models/metrics: series math, chart math (decimation, ranges, panels) and charts from the real Prometheus.
opsconsole_add_test(NAME tst_seriesmath SOURCES tst_seriesmath.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_chartmath SOURCES tst_chartmath.cpp LABELS unit TIMEOUT 60)
opsconsole_add_test(NAME tst_sharedquantiles SOURCES tst_sharedquantiles.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_seriespoints SOURCES tst_seriespoints.cpp LABELS unit TIMEOUT 30)
opsconsole_add_test(NAME tst_charts_live SOURCES tst_charts_live.cpp LABELS integration TIMEOUT 180)
