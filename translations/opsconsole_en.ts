<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Ops::ArmControl</name>
    <message numerus="yes">
        <source>Arm for %n min</source>
        <comment>production arm control: button</comment>
        <translation>
            <numerusform>Arm for %n min</numerusform>
            <numerusform>Arm for %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::AuditChain</name>
    <message numerus="yes">
        <source>Audit trail intact: %n row(s) checked, each chained to the one before.</source>
        <translation>
            <numerusform>Audit trail intact: %n row checked, chained to the one before.</numerusform>
            <numerusform>Audit trail intact: %n rows checked, each chained to the one before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::AuditPage</name>
    <message numerus="yes">
        <source>%n record(s) wait in the local journal: PostgreSQL could not be reached. They are written when it is back.</source>
        <translation>
            <numerusform>%n record waits in the local journal: PostgreSQL could not be reached. It is written when it is back.</numerusform>
            <numerusform>%n records wait in the local journal: PostgreSQL could not be reached. They are written when it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>audit page: status text</comment>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::BackupPane</name>
    <message numerus="yes">
        <source>Backups folder: %1 — %n file(s), newest first</source>
        <translation>
            <numerusform>Backups folder: %1 — %n file, newest first</numerusform>
            <numerusform>Backups folder: %1 — %n files, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::CheckCommand</name>
    <message numerus="yes">
        <source>%n critical alert(s) firing, ignored (--ignore-alerts).</source>
        <comment>--check output</comment>
        <translation>
            <numerusform>%n critical alert firing, ignored (--ignore-alerts).</numerusform>
            <numerusform>%n critical alerts firing, ignored (--ignore-alerts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All checks passed, but %n critical alert(s) firing.</source>
        <comment>--check output</comment>
        <translation>
            <numerusform>All checks passed, but %n critical alert is firing.</numerusform>
            <numerusform>All checks passed, but %n critical alerts are firing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::CheckVerdict</name>
    <message numerus="yes">
        <source>%n of %1 step(s) still waiting for an answer.</source>
        <translation>
            <numerusform>%n of %1 steps is still waiting for an answer.</numerusform>
            <numerusform>%n of %1 steps are still waiting for an answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verdict: healthy — all %n step(s) passed.</source>
        <translation>
            <numerusform>Verdict: healthy — the %n step passed.</numerusform>
            <numerusform>Verdict: healthy — all %n steps passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verdict: needs attention — %n of %1 step(s) did not pass: %2.</source>
        <translation>
            <numerusform>Verdict: needs attention — %n of %1 steps did not pass: %2.</numerusform>
            <numerusform>Verdict: needs attention — %n of %1 steps did not pass: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::ComposeVersionProbe</name>
    <message numerus="yes">
        <source>no answer within %n s</source>
        <translation>
            <numerusform>no answer within %n s</numerusform>
            <numerusform>no answer within %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::DashboardPage</name>
    <message numerus="yes">
        <source>%n service(s) not checked yet.</source>
        <translation>
            <numerusform>%n service not checked yet.</numerusform>
            <numerusform>%n services not checked yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n service(s) healthy.</source>
        <comment>dashboard</comment>
        <translation>
            <numerusform>%n service healthy.</numerusform>
            <numerusform>All %n services healthy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) need attention.</source>
        <comment>dashboard</comment>
        <translation>
            <numerusform>%n service needs attention.</numerusform>
            <numerusform>%n services need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) pending.</source>
        <comment>dashboard</comment>
        <translation>
            <numerusform>%n alert pending.</numerusform>
            <numerusform>%n alerts pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n service(s) answer.</source>
        <comment>dashboard: every service is up, but alerts fire</comment>
        <translation>
            <numerusform>The %n service answers.</numerusform>
            <numerusform>All %n services answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical alert(s) firing.</source>
        <comment>dashboard</comment>
        <translation>
            <numerusform>%n critical alert firing.</numerusform>
            <numerusform>%n critical alerts firing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other alert(s) firing.</source>
        <comment>dashboard: firing alerts that are not critical</comment>
        <translation>
            <numerusform>%n other alert firing.</numerusform>
            <numerusform>%n other alerts firing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) silenced.</source>
        <comment>dashboard: firing, but silenced in Alertmanager</comment>
        <translation>
            <numerusform>%n alert silenced.</numerusform>
            <numerusform>%n alerts silenced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::GradualDownscale</name>
    <message numerus="yes">
        <source>Aborted by the operator after %n step(s).</source>
        <translation>
            <numerusform>Aborted by the operator after %n step.</numerusform>
            <numerusform>Aborted by the operator after %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::HealthMonitor</name>
    <message numerus="yes">
        <source>%n worker(s) registered with the API</source>
        <comment>health: healthmonitor</comment>
        <translation>
            <numerusform>%n worker registered with the API</numerusform>
            <numerusform>%n workers registered with the API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) listed</source>
        <comment>health: healthmonitor</comment>
        <translation>
            <numerusform>%n service listed</numerusform>
            <numerusform>%n services listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <comment>alert value: length of a worker queue</comment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) held</source>
        <comment>health: the Alertmanager tile</comment>
        <translation>
            <numerusform>%n alert held</numerusform>
            <numerusform>%n alerts held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical alert(s) firing</source>
        <comment>health: comprehensive check</comment>
        <translation>
            <numerusform>%n critical alert firing</numerusform>
            <numerusform>%n critical alerts firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <comment>health: comprehensive check</comment>
        <translation>
            <numerusform>%n alert firing</numerusform>
            <numerusform>%n alerts firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>API /health failed %n time(s) in a row: %1</source>
        <translation>
            <numerusform>API /health failed %n time in a row: %1</numerusform>
            <numerusform>API /health failed %n times in a row: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::IncidentsPage</name>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting change(s) kept aside</source>
        <translation>
            <numerusform>%n conflicting change kept aside</numerusform>
            <numerusform>%n conflicting changes kept aside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::LogsPage</name>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>Saved %n line to %1.</numerusform>
            <numerusform>Saved %n lines to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <comment>logs page: button</comment>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::MainWindow</name>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <comment>main window</comment>
        <translation>
            <numerusform>%n alert firing</numerusform>
            <numerusform>%n alerts firing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1</source>
        <comment>main window</comment>
        <translation>
            <numerusform>Imported %n profile: %1</numerusform>
            <numerusform>Imported %n profiles: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::ProfileImportDialog</name>
    <message numerus="yes">
        <source>replaces the saved profile: %n field(s) change</source>
        <comment>profile import: status</comment>
        <translation>
            <numerusform>replaces the saved profile: %n field changes</numerusform>
            <numerusform>replaces the saved profile: %n fields change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::PrometheusSource</name>
    <message numerus="yes">
        <source>%n of %1 scrape target(s) down: %2</source>
        <translation>
            <numerusform>%n of %1 scrape targets down: %2</numerusform>
            <numerusform>%n of %1 scrape targets down: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::RedisReplyGuard</name>
    <message numerus="yes">
        <source>Redis sent a reply of more than %n element(s) (the most the console reads): the connection was closed</source>
        <translation>
            <numerusform>Redis sent a reply of more than %n element (the most the console reads): the connection was closed</numerusform>
            <numerusform>Redis sent a reply of more than %n elements (the most the console reads): the connection was closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::RestartDialog</name>
    <message numerus="yes">
        <source>%1 was restarted and answers healthy again (%n replica(s) running).</source>
        <translation>
            <numerusform>%1 was restarted and answers healthy again (%n replica running).</numerusform>
            <numerusform>%1 was restarted and answers healthy again (%n replicas running).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::RollbackPage</name>
    <message numerus="yes">
        <source>Ready: %n step(s). Nothing has run yet.</source>
        <translation>
            <numerusform>Ready: %n step. Nothing has run yet.</numerusform>
            <numerusform>Ready: %n steps. Nothing has run yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::RollbackRunner</name>
    <message numerus="yes">
        <source>%n table(s) present, all %1 of the backup among them</source>
        <translation>
            <numerusform>%n table present, all %1 of the backup among them</numerusform>
            <numerusform>%n tables present, all %1 of the backup among them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::SettingsPage</name>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Not saved: %n problem to fix.</numerusform>
            <numerusform>Not saved: %n problems to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the profile first: %n problem(s).</source>
        <translation>
            <numerusform>Fix the profile first: %n problem.</numerusform>
            <numerusform>Fix the profile first: %n problems.</numerusform>
        </translation>
    </message>
</context>
</TS>
