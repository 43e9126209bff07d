<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Ops::AboutDialog</name>
    <message>
        <source>About Operations Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fragrance AI Operations Console&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;The operations runbook as guided, audited flows: health checks, scaling, rollback, incident response, monitoring and maintenance.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::CheckCommand</name>
    <message>
        <source>No profile: use --profile NAME or --profile-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer before the check ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::CommandLine</name>
    <message>
        <source>Fragrance AI Operations Console: the operations runbook as guided, audited flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;file&gt; for this run without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render &lt;page&gt; offscreen once its first data arrived, save it (--out) and exit. Pages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG file for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait for the page&apos;s first data, in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every health check of the active profile once, print the result and exit (0 when healthy, 1 otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print --check results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the event loop&apos;s lateness (max and p99 per second) to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings in &lt;dir&gt; instead of the default location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Pages: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs --out FILE.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-wait must be a number of ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check and --screenshot cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::Format</name>
    <message>
        <source>–</source>
        <comment>no duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>age of a check that never ran</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <comment>no time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC (%2 local)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::Health</name>
    <message>
        <source>Unknown</source>
        <comment>health state: no answer yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>health state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <comment>health state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <comment>health state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <comment>health state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <comment>health state: old value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::Main</name>
    <message>
        <source>The profile file has no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;. Saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the stall log %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::MainWindow</name>
    <message>
        <source>Fragrance AI Operations Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>page name and its shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile: add one on the Settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1 (from file, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION · read-only until armed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::Metrics::PrometheusTextParser</name>
    <message>
        <source>line %1: %2</source>
        <comment>metrics parse error: line number, what is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid metric name &quot;%1&quot; in a %2 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second HELP line for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second TYPE line for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE line for &quot;%1&quot; comes after its samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence in HELP text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram sample &quot;%1&quot; must end in _bucket, _sum or _count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid metric name at &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample &quot;%1&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; is not an integer number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket of &quot;%1&quot; needs an &quot;le&quot; label that is a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary &quot;%1&quot; needs a &quot;quantile&quot; label that is a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid label name at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label set is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label name &quot;__name__&quot; is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in label name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of label &quot;%1&quot; must be in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label value is not closed with &apos;&quot;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape &quot;\%1&quot; in a label value (only \\, \&quot; and \n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram &quot;%1&quot; has no bucket with le=&quot;+Inf&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram &quot;%1&quot; buckets are not cumulative: le=%2 counts %3, fewer than %4 below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram &quot;%1&quot;: the +Inf bucket (%2) differs from _count (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::PlaceholderPage</name>
    <message>
        <source>Live status of every service: the runbook&apos;s health checks, always on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook&apos;s Prometheus queries as charts: request rate, errors, latency, queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale services up and down with the runbook&apos;s guardrails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback decision tree as a guided wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident log with severity, timeline, escalation and communication templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows: schedule, checklist and the guided procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call rotation, escalation path and external contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service logs, streamed live, with filters and search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action taken from the console, append-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::PostgresSource</name>
    <message>
        <source>still waiting for the previous check: the server has not answered for more than %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::PostgresWorker</name>
    <message>
        <source>the server rejects connections (starting up, shutting down or in crash recovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection parameters are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response from %1:%2 (refused, unreachable or timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status queries exceeded the statement timeout of %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection pool %1 % used (%2 of %3 connections)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::ProfileEditor</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis (Celery broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (stored in the system keychain only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production stack: open read-only, actions must be armed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program (absolute path):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_HOST:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl (absolute path):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke test command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. celery, llm, rl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty for the local engine, or ssh://ops@host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::ProfileFile</name>
    <message>
        <source>The file is not a profile file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a profile file of this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file was written by a newer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains an entry that is not a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a profile file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::ProfileValidator</name>
    <message>
        <source>Profile name must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL host is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL user name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode must be one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis host is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose command must be &quot;docker compose&quot; or &quot;docker-compose&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orchestrator program must be an absolute path, for example /usr/bin/docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_HOST must look like ssh://user@host, tcp://host:2376 or unix:///path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes namespace is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one Celery queue is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue name &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address with a host, for example http://localhost:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::Screenshot</name>
    <message>
        <source>Page&apos;s first data did not arrive in time; capturing it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::SecretStore</name>
    <message>
        <source>No secret is stored for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable: secrets you type are kept for this run only and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile: fill it in and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the profile: rename it and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; secrets stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the secret could not be stored (%1). It is kept for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
