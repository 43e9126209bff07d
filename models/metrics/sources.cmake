# Prometheus text format parser, series and decimation.
target_sources(opsconsole_core PRIVATE)
