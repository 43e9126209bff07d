# widgets/: the pages offscreen (QT_QPA_PLATFORM=offscreen), most against the real local stack.
# Tests that switch the stack's state (scenarios, NGINX maintenance mode) never run alongside others.
opsconsole_add_test(NAME tst_mainwindow SOURCES shell/tst_mainwindow.cpp LIBS opsconsole_widgets LABELS gui)
opsconsole_add_test(NAME tst_traynotifier SOURCES shell/tst_traynotifier.cpp LIBS opsconsole_widgets LABELS gui)
opsconsole_add_test(NAME tst_theme SOURCES shell/tst_theme.cpp LIBS opsconsole_widgets LABELS gui)
opsconsole_add_test(NAME tst_lazyiconstyle SOURCES shell/tst_lazyiconstyle.cpp LIBS opsconsole_widgets LABELS gui)
opsconsole_add_test(NAME tst_settingspage SOURCES settings/tst_settingspage.cpp LIBS opsconsole_widgets LABELS gui)
opsconsole_add_test(NAME tst_dashboard SOURCES dashboard/tst_dashboard.cpp
    LIBS opsconsole_widgets LABELS "gui;integration")

opsconsole_add_test(NAME tst_chartspage SOURCES charts/tst_chartspage.cpp
    LIBS opsconsole_widgets LABELS "gui;integration" TIMEOUT 90)
opsconsole_add_test(NAME tst_charts_latencyspike SOURCES charts/tst_charts_latencyspike.cpp
    LABELS integration TIMEOUT 240)
opsconsole_add_test(NAME tst_thresholdlabels SOURCES charts/tst_thresholdlabels.cpp
    LIBS opsconsole_widgets LABELS "gui;unit" TIMEOUT 30)
# The Charts page and a panel in a real X window (an Xvfb of its own, the xcb platform).
opsconsole_add_test(NAME tst_charts_realwindow SOURCES charts/tst_charts_realwindow.cpp
    LIBS opsconsole_widgets LABELS "gui;integration" TIMEOUT 120 XVFB)

opsconsole_add_test(NAME tst_scaledialog SOURCES scaling/tst_scaledialog.cpp
    LIBS opsconsole_widgets LABELS gui integration TIMEOUT 480) # 181 s in a loaded full run
opsconsole_add_test(NAME tst_restartdialog SOURCES scaling/tst_restartdialog.cpp
    LIBS opsconsole_widgets LABELS gui integration TIMEOUT 300)
opsconsole_add_test(NAME tst_scaledialog_kubernetes SOURCES scaling/tst_scaledialog_kubernetes.cpp
    LIBS opsconsole_widgets LABELS gui integration TIMEOUT 240)
opsconsole_add_test(NAME tst_auditpage SOURCES audit/tst_auditpage.cpp
    LIBS opsconsole_widgets LABELS gui integration TIMEOUT 120)
opsconsole_add_test(NAME tst_logspage SOURCES logs/tst_logspage.cpp
    LIBS opsconsole_widgets LABELS gui integration TIMEOUT 120)

opsconsole_add_test(NAME tst_incidentspage SOURCES incidents/tst_incidentspage.cpp
    LIBS opsconsole_widgets LABELS "gui;integration" TIMEOUT 120)
# Issue 8's "done when": a real alert → a new incident from the dashboard → edited through a real
# PostgreSQL outage → complete in the database afterwards.
opsconsole_add_test(NAME tst_incident_endtoend SOURCES incidents/tst_incident_endtoend.cpp
    LIBS opsconsole_widgets LABELS "gui;integration" TIMEOUT 300)

opsconsole_add_test(NAME tst_maintenancepage SOURCES maintenance/tst_maintenancepage.cpp
    LIBS opsconsole_widgets LABELS gui integration TIMEOUT 400) # the drain waits up to 120 s for traffic to fall on a loaded stack

opsconsole_add_test(NAME tst_rollbackwizard SOURCES rollback/tst_rollbackwizard.cpp
    LIBS opsconsole_widgets LABELS gui integration TIMEOUT 300)
# Prometheus stopped (cannot decide) and a failed verification overridden with a reason (audited).
opsconsole_add_test(NAME tst_rollbackoverride SOURCES rollback/tst_rollbackoverride.cpp
    LIBS opsconsole_widgets LABELS gui integration TIMEOUT 300)

# The session's one HTTP client against a TLS proxy with tokens (a real NGINX on loopback).
opsconsole_add_test(NAME tst_tlsandtokens SOURCES shell/tst_tlsandtokens.cpp
    LIBS opsconsole_widgets LABELS "gui;integration" TIMEOUT 180)
