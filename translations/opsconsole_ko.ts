<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Ops::AboutDialog</name>
    <message>
        <source>About Operations Console</source>
        <translation>운영 콘솔 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fragrance AI Operations Console&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;The operations runbook as guided, audited flows: health checks, scaling, rollback, incident response, monitoring and maintenance.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fragrance AI 운영 콘솔&lt;/h3&gt;&lt;p&gt;버전 %1&lt;/p&gt;&lt;p&gt;운영 절차서를 단계별로 안내하고 모든 작업을 감사 기록으로 남깁니다: 상태 점검, 증설·축소, 롤백, 장애 대응, 모니터링, 정기 점검.&lt;/p&gt;&lt;p&gt;Qt %2 기반.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ops::CheckCommand</name>
    <message>
        <source>No profile: use --profile NAME or --profile-file FILE.</source>
        <translation>프로필이 없습니다: --profile 이름 또는 --profile-file 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>no answer before the check ended</source>
        <translation>점검이 끝날 때까지 응답 없음</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>모든 점검을 통과했습니다.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>일부 점검이 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::CommandLine</name>
    <message>
        <source>Fragrance AI Operations Console: the operations runbook as guided, audited flows.</source>
        <translation>Fragrance AI 운영 콘솔: 운영 절차서를 단계별 안내와 감사 기록이 있는 작업 흐름으로 제공합니다.</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>저장된 프로필 &lt;name&gt;을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;file&gt; for this run without saving it.</source>
        <translation>&lt;file&gt;의 프로필을 저장하지 않고 이번 실행에만 사용합니다.</translation>
    </message>
    <message>
        <source>Interface language: ko or en.</source>
        <translation>화면 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>Render &lt;page&gt; offscreen once its first data arrived, save it (--out) and exit. Pages: %1.</source>
        <translation>&lt;page&gt;를 첫 데이터가 도착한 뒤 화면 없이 그려 (--out) 파일로 저장하고 종료합니다. 페이지: %1.</translation>
    </message>
    <message>
        <source>PNG file for --screenshot.</source>
        <translation>--screenshot 결과를 저장할 PNG 파일.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>--screenshot 창 크기.</translation>
    </message>
    <message>
        <source>Longest wait for the page's first data, in ms.</source>
        <translation>페이지의 첫 데이터를 기다리는 최대 시간(ms).</translation>
    </message>
    <message>
        <source>Run every health check of the active profile once, print the result and exit (0 when healthy, 1 otherwise).</source>
        <translation>현재 프로필의 모든 상태 점검을 한 번 실행하고 결과를 출력한 뒤 종료합니다 (정상이면 0, 아니면 1).</translation>
    </message>
    <message>
        <source>Print --check results as JSON.</source>
        <translation>--check 결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Record the event loop's lateness (max and p99 per second) to &lt;file&gt;.</source>
        <translation>이벤트 루프 지연(초당 최대값과 p99)을 &lt;file&gt;에 기록합니다.</translation>
    </message>
    <message>
        <source>Keep settings in &lt;dir&gt; instead of the default location.</source>
        <translation>설정을 기본 위치 대신 &lt;dir&gt;에 저장합니다.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use ko or en.</source>
        <translation>알 수 없는 언어 "%1": ko 또는 en을 사용하세요.</translation>
    </message>
    <message>
        <source>Unknown page "%1". Pages: %2.</source>
        <translation>알 수 없는 페이지 "%1". 페이지: %2.</translation>
    </message>
    <message>
        <source>--screenshot needs --out FILE.png.</source>
        <translation>--screenshot에는 --out 파일.png가 필요합니다.</translation>
    </message>
    <message>
        <source>--size must look like 1280x800.</source>
        <translation>--size는 1280x800 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>--screenshot-wait must be a number of ms.</source>
        <translation>--screenshot-wait는 ms 단위 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>--check and --screenshot cannot be combined.</source>
        <translation>--check와 --screenshot은 함께 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::Format</name>
    <message>
        <source>–</source>
        <comment>no duration</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>never</source>
        <comment>age of a check that never ran</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no time</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local)</source>
        <translation>%1 UTC (현지 %2)</translation>
    </message>
</context>
<context>
    <name>Ops::Health</name>
    <message>
        <source>Unknown</source>
        <comment>health state: no answer yet</comment>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>health state</comment>
        <translation>정상</translation>
    </message>
    <message>
        <source>Degraded</source>
        <comment>health state</comment>
        <translation>성능 저하</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>health state</comment>
        <translation>중단</translation>
    </message>
    <message>
        <source>No data</source>
        <comment>health state</comment>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>Stale</source>
        <comment>health state: old value</comment>
        <translation>오래된 값</translation>
    </message>
</context>
<context>
    <name>Ops::Main</name>
    <message>
        <source>The profile file has no profile named "%1".</source>
        <translation>프로필 파일에 "%1" 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>There is no saved profile named "%1". Saved: %2.</source>
        <translation>저장된 프로필 중 "%1"이(가) 없습니다. 저장된 프로필: %2.</translation>
    </message>
    <message>
        <source>Cannot write the stall log %1.</source>
        <translation>지연 기록 파일 %1에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::MainWindow</name>
    <message>
        <source>Fragrance AI Operations Console</source>
        <translation>Fragrance AI 운영 콘솔</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>page name and its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>프로필 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>프로필 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>No profile: add one on the Settings page</source>
        <translation>프로필 없음: 설정 페이지에서 추가하세요</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>Profile: %1 (from file, not saved)</source>
        <translation>프로필: %1 (파일에서 불러옴, 저장 안 됨)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <source>PRODUCTION · read-only until armed</source>
        <translation>프로덕션 · 작업 활성화 전까지 읽기 전용</translation>
    </message>
    <message>
        <source>Connection: not checked yet</source>
        <translation>연결: 아직 점검 전</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>프로필 가져오기</translation>
    </message>
    <message>
        <source>Profile files (*.json);;All files (*)</source>
        <translation>프로필 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1</source>
        <translation><numerusform>프로필 %n개를 가져왔습니다: %1</numerusform></translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>프로필 내보내기</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation>프로필 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>Ops::PageId</name>
    <message>
        <source>Dashboard</source>
        <comment>navigation</comment>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Charts</source>
        <comment>navigation</comment>
        <translation>차트</translation>
    </message>
    <message>
        <source>Scaling</source>
        <comment>navigation</comment>
        <translation>증설·축소</translation>
    </message>
    <message>
        <source>Rollback</source>
        <comment>navigation</comment>
        <translation>롤백</translation>
    </message>
    <message>
        <source>Incidents</source>
        <comment>navigation</comment>
        <translation>장애</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>navigation</comment>
        <translation>정기 점검</translation>
    </message>
    <message>
        <source>On-call</source>
        <comment>navigation</comment>
        <translation>당직</translation>
    </message>
    <message>
        <source>Logs</source>
        <comment>navigation</comment>
        <translation>로그</translation>
    </message>
    <message>
        <source>Audit</source>
        <comment>navigation</comment>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>navigation</comment>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>Ops::PlaceholderPage</name>
    <message>
        <source>Live status of every service: the runbook's health checks, always on.</source>
        <translation>모든 서비스의 실시간 상태: 절차서의 상태 점검을 항상 실행합니다.</translation>
    </message>
    <message>
        <source>The runbook's Prometheus queries as charts: request rate, errors, latency, queues.</source>
        <translation>절차서의 Prometheus 쿼리를 차트로 보여 줍니다: 요청률, 오류, 지연 시간, 큐.</translation>
    </message>
    <message>
        <source>Scale services up and down with the runbook's guardrails.</source>
        <translation>절차서의 안전 규칙에 따라 서비스를 증설하고 축소합니다.</translation>
    </message>
    <message>
        <source>The rollback decision tree as a guided wizard.</source>
        <translation>롤백 판단 트리를 단계별 마법사로 진행합니다.</translation>
    </message>
    <message>
        <source>Incident log with severity, timeline, escalation and communication templates.</source>
        <translation>심각도, 타임라인, 에스컬레이션, 공지 템플릿이 있는 장애 기록.</translation>
    </message>
    <message>
        <source>Maintenance windows: schedule, checklist and the guided procedure.</source>
        <translation>정기 점검 시간대: 일정, 체크리스트, 단계별 절차.</translation>
    </message>
    <message>
        <source>On-call rotation, escalation path and external contacts.</source>
        <translation>당직 순번, 에스컬레이션 경로, 외부 연락처.</translation>
    </message>
    <message>
        <source>Service logs, streamed live, with filters and search.</source>
        <translation>서비스 로그를 실시간으로 보고 필터링하고 검색합니다.</translation>
    </message>
    <message>
        <source>Every action taken from the console, append-only.</source>
        <translation>콘솔에서 실행한 모든 작업의 추가 전용 기록.</translation>
    </message>
</context>
<context>
    <name>Ops::ProfileEditor</name>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>접속 주소</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Redis (Celery broker)</source>
        <translation>Redis (Celery 브로커)</translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <translation>오케스트레이터</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>운영</translation>
    </message>
    <message>
        <source>Secrets (stored in the system keychain only)</source>
        <translation>비밀 정보 (시스템 키체인에만 저장)</translation>
    </message>
    <message>
        <source>Production stack: open read-only, actions must be armed</source>
        <translation>프로덕션 스택: 읽기 전용으로 열고, 작업 전에 활성화해야 함</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API 기본 URL:</translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM):</source>
        <translation>추가 CA 인증서 (PEM):</translation>
    </message>
    <message>
        <source>Prometheus URL:</source>
        <translation>Prometheus URL:</translation>
    </message>
    <message>
        <source>Grafana URL:</source>
        <translation>Grafana URL:</translation>
    </message>
    <message>
        <source>Alertmanager URL:</source>
        <translation>Alertmanager URL:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL 모드:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>Compose command:</source>
        <translation>Compose 명령:</translation>
    </message>
    <message>
        <source>Program (absolute path):</source>
        <translation>프로그램 (절대 경로):</translation>
    </message>
    <message>
        <source>Compose file:</source>
        <translation>Compose 파일:</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>프로젝트 이름:</translation>
    </message>
    <message>
        <source>Project folder:</source>
        <translation>프로젝트 폴더:</translation>
    </message>
    <message>
        <source>DOCKER_HOST:</source>
        <translation>DOCKER_HOST:</translation>
    </message>
    <message>
        <source>kubectl (absolute path):</source>
        <translation>kubectl (절대 경로):</translation>
    </message>
    <message>
        <source>Kubernetes context:</source>
        <translation>Kubernetes 컨텍스트:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>네임스페이스:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>백업 폴더:</translation>
    </message>
    <message>
        <source>Smoke test command:</source>
        <translation>스모크 테스트 명령:</translation>
    </message>
    <message>
        <source>Celery queues:</source>
        <translation>Celery 큐:</translation>
    </message>
    <message>
        <source>PostgreSQL password:</source>
        <translation>PostgreSQL 비밀번호:</translation>
    </message>
    <message>
        <source>Redis password:</source>
        <translation>Redis 비밀번호:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API 토큰:</translation>
    </message>
    <message>
        <source>Prometheus token:</source>
        <translation>Prometheus 토큰:</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>comma-separated, e.g. celery, llm, rl</source>
        <translation>쉼표로 구분, 예: celery, llm, rl</translation>
    </message>
    <message>
        <source>empty for the local engine, or ssh://ops@host</source>
        <translation>로컬 엔진이면 비워 두고, 원격이면 ssh://ops@host</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 안 함</translation>
    </message>
</context>
<context>
    <name>Ops::ProfileFile</name>
    <message>
        <source>The file is not a profile file: %1.</source>
        <translation>프로필 파일이 아닙니다: %1.</translation>
    </message>
    <message>
        <source>The file is not a profile file of this console.</source>
        <translation>이 콘솔의 프로필 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The profile file was written by a newer console.</source>
        <translation>더 새로운 버전의 콘솔에서 만든 프로필 파일입니다.</translation>
    </message>
    <message>
        <source>The file contains no profile.</source>
        <translation>파일에 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>The file contains an entry that is not a profile.</source>
        <translation>파일에 프로필이 아닌 항목이 있습니다.</translation>
    </message>
    <message>
        <source>Profile "%1": %2</source>
        <translation>프로필 "%1": %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile file.</source>
        <translation>%1은(는) 프로필 파일로 보기에는 너무 큽니다.</translation>
    </message>
</context>
<context>
    <name>Ops::ProfileValidator</name>
    <message>
        <source>Profile name must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>프로필 이름은 영문자, 숫자, '.', '_', '-'로 된 1~64자여야 하며 영문자나 숫자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API 주소</translation>
    </message>
    <message>
        <source>Prometheus address</source>
        <translation>Prometheus 주소</translation>
    </message>
    <message>
        <source>Grafana address</source>
        <translation>Grafana 주소</translation>
    </message>
    <message>
        <source>Alertmanager address</source>
        <translation>Alertmanager 주소</translation>
    </message>
    <message>
        <source>The CA certificate file does not exist.</source>
        <translation>CA 인증서 파일이 없습니다.</translation>
    </message>
    <message>
        <source>PostgreSQL host is not a valid host name.</source>
        <translation>PostgreSQL 호스트 이름이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL database name is not valid.</source>
        <translation>PostgreSQL 데이터베이스 이름이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>PostgreSQL user name is not valid.</source>
        <translation>PostgreSQL 사용자 이름이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>SSL mode must be one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>SSL 모드는 disable, allow, prefer, require, verify-ca, verify-full 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>Redis host is not a valid host name.</source>
        <translation>Redis 호스트 이름이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Compose command must be "docker compose" or "docker-compose".</source>
        <translation>Compose 명령은 "docker compose" 또는 "docker-compose"여야 합니다.</translation>
    </message>
    <message>
        <source>The orchestrator program must be an absolute path, for example /usr/bin/docker.</source>
        <translation>오케스트레이터 프로그램은 /usr/bin/docker처럼 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <source>Compose file is required.</source>
        <translation>Compose 파일을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Project name must be lower-case letters, digits, '-' or '_', starting with a letter or digit.</source>
        <translation>프로젝트 이름은 영문 소문자, 숫자, '-', '_'로 구성되고 영문자나 숫자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>DOCKER_HOST must look like ssh://user@host, tcp://host:2376 or unix:///path.</source>
        <translation>DOCKER_HOST는 ssh://user@host, tcp://host:2376, unix:///path 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>kubectl must be an absolute path.</source>
        <translation>kubectl은 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <source>Kubernetes namespace is not valid.</source>
        <translation>Kubernetes 네임스페이스가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Backups folder must be an absolute path.</source>
        <translation>백업 폴더는 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <source>At least one Celery queue is required.</source>
        <translation>Celery 큐를 하나 이상 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Queue name "%1" is not valid.</source>
        <translation>큐 이름 "%1"이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1을(를) 입력해야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address with a host, for example http://localhost:8000.</source>
        <translation>%1은(는) http://localhost:8000처럼 호스트가 있는 http:// 또는 https:// 주소여야 합니다.</translation>
    </message>
    <message>
        <source>%1 port must be between 1 and 65535.</source>
        <translation>%1 포트는 1에서 65535 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>Ops::Screenshot</name>
    <message>
        <source>Page's first data did not arrive in time; capturing it as it is.</source>
        <translation>페이지의 첫 데이터가 제시간에 오지 않아 현재 화면을 저장합니다.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::SecretStore</name>
    <message>
        <source>No secret is stored for this entry.</source>
        <translation>이 항목에 저장된 비밀 정보가 없습니다.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>시스템 키체인을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>시스템 키체인이 제시간에 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>이 프로필 사용</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keychain, never in the settings file.</source>
        <translation>비밀번호와 토큰은 설정 파일이 아닌 시스템 키체인에만 보관됩니다.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: secrets you type are kept for this run only and asked for again next time.</source>
        <translation>시스템 키체인을 사용할 수 없습니다: 입력한 비밀 정보는 이번 실행 동안만 보관되며 다음 실행 때 다시 묻습니다.</translation>
    </message>
    <message>
        <source>New profile: fill it in and save.</source>
        <translation>새 프로필: 내용을 채우고 저장하세요.</translation>
    </message>
    <message>
        <source>Copy of the profile: rename it and save.</source>
        <translation>프로필 사본: 이름을 바꾸고 저장하세요.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Delete the profile "%1"?</source>
        <translation>프로필 "%1"을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>Profile "%1" deleted.</source>
        <translation>프로필 "%1"을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Now using "%1".</source>
        <translation>이제 "%1" 프로필을 사용합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation><numerusform>저장하지 않음: 고칠 문제 %n개.</numerusform></translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>저장하지 않음: 설정 파일에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved "%1".</source>
        <translation>"%1"을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved; secrets stored in the system keychain.</source>
        <translation>저장했습니다. 비밀 정보는 시스템 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved, but the secret could not be stored (%1). It is kept for this run only.</source>
        <translation>저장했지만 비밀 정보를 키체인에 저장하지 못했습니다 (%1). 이번 실행 동안만 보관합니다.</translation>
    </message>
</context>
</TS>