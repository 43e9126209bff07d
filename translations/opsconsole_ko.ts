<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Ops::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Fragrance AI Operations Console&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;The operations runbook as guided, audited flows: health checks, scaling, rollback, incident response, monitoring and maintenance.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fragrance AI 운영 콘솔&lt;/h3&gt;&lt;p&gt;버전 %1&lt;/p&gt;&lt;p&gt;운영 절차서를 단계별로 안내하고 모든 작업을 감사 기록으로 남깁니다: 상태 확인, 증설·축소, 롤백, 장애 대응, 모니터링, 점검.&lt;/p&gt;&lt;p&gt;Qt %2 기반.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Operations Console</source>
        <comment>about dialog: dialog title</comment>
        <translation>운영 콘솔 정보</translation>
    </message>
</context>
<context>
    <name>Ops::AfterPane</name>
    <message>
        <source>WARNING: the error rate is rising or above 1 %</source>
        <translation>경고: 오류율이 오르고 있거나 1%를 넘었습니다</translation>
    </message>
    <message>
        <source>Start the 30-minute watch</source>
        <translation>30분 모니터링 시작</translation>
    </message>
    <message>
        <source>The runbook&apos;s post-rollback actions.</source>
        <translation>절차서의 롤백 후 조치입니다.</translation>
    </message>
    <message>
        <source>Verify all services healthy</source>
        <translation>모든 서비스가 정상인지 확인</translation>
    </message>
    <message>
        <source>Check error rates (&lt; 1 %)</source>
        <translation>오류율 확인 (&lt; 1%)</translation>
    </message>
    <message>
        <source>Monitor for 30 minutes</source>
        <translation>30분간 모니터링</translation>
    </message>
    <message>
        <source>Fix the issues in staging</source>
        <translation>스테이징에서 문제 수정</translation>
    </message>
    <message>
        <source>Open an incident with the rollback&apos;s timeline…</source>
        <translation>롤백 타임라인을 담아 장애 등록…</translation>
    </message>
    <message>
        <source>No Prometheus: the error rate cannot be watched.</source>
        <translation>Prometheus가 없어 오류율을 지켜볼 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>rollback wizard, after step</comment>
        <translation>%1 남음</translation>
    </message>
    <message>
        <source>watch over</source>
        <comment>rollback wizard, after step</comment>
        <translation>모니터링 종료</translation>
    </message>
    <message>
        <source>5xx share %1 %</source>
        <comment>rollback wizard, after step</comment>
        <translation>5xx 비율 %1%</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <comment>rollback wizard, after step: button</comment>
        <translation>모니터링 중지</translation>
    </message>
    <message>
        <source>Document the incident</source>
        <comment>rollback wizard, after step</comment>
        <translation>장애 기록 작성</translation>
    </message>
    <message>
        <source>Schedule the postmortem</source>
        <comment>rollback wizard, after step</comment>
        <translation>사후 분석 일정 잡기</translation>
    </message>
    <message>
        <source>Plan the re-deployment</source>
        <comment>rollback wizard, after step</comment>
        <translation>재배포 계획 수립</translation>
    </message>
</context>
<context>
    <name>Ops::AlertEntry</name>
    <message>
        <source>Pending</source>
        <comment>alert state</comment>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Firing</source>
        <comment>alert state</comment>
        <translation>발생 중</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>alert state</comment>
        <translation>해소됨</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>alert severity label of a Prometheus rule</comment>
        <translation>치명</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>alert severity label of a Prometheus rule</comment>
        <translation>경고</translation>
    </message>
    <message>
        <source>Info</source>
        <comment>alert severity label of a Prometheus rule</comment>
        <translation>정보</translation>
    </message>
    <message>
        <source>no value</source>
        <comment>alert value</comment>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>alert value in seconds</comment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <comment>alert value: 5xx responses per second</comment>
        <translation>초당 %1건</translation>
    </message>
    <message>
        <source>Silenced</source>
        <comment>alert state: firing, but silenced in Alertmanager</comment>
        <translation>사일런스 적용됨</translation>
    </message>
</context>
<context>
    <name>Ops::AlertmanagerApiParser</name>
    <message>
        <source>HTTP %1: %2</source>
        <comment>net: alertmanagerapiparser</comment>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <comment>net: alertmanagerapiparser: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>JSON 아님: %1</translation>
    </message>
    <message>
        <source>not a list of alerts</source>
        <comment>net: alertmanagerapiparser: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>알림 목록 아님</translation>
    </message>
</context>
<context>
    <name>Ops::AlertsModel</name>
    <message>
        <source>%1 (expected: maintenance)</source>
        <comment>alert state during a maintenance window</comment>
        <translation>%1 (점검 중 — 예상됨)</translation>
    </message>
    <message>
        <source>State</source>
        <comment>alert column</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>alert column</comment>
        <translation>알림</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>alert column: what the alert is about</comment>
        <translation>대상</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>alert column</comment>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>alert column</comment>
        <translation>시작</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>alert column</comment>
        <translation>값</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>alert column</comment>
        <translation>요약</translation>
    </message>
    <message>
        <source>“%1” — Prometheus rule</source>
        <comment>an alert summary as the server&apos;s rule wrote it, untranslated</comment>
        <translation>“%1” — 규칙 원문</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>alert subject (its other labels)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ops::ApiHealthSnapshot</name>
    <message>
        <source>healthy</source>
        <comment>the API&apos;s /health status</comment>
        <translation>정상</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>the API&apos;s /health status</comment>
        <translation>성능 저하</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <comment>the API&apos;s /health status</comment>
        <translation>비정상</translation>
    </message>
    <message>
        <source>none</source>
        <comment>the API sent no /health status</comment>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>Ops::ApiRequest</name>
    <message>
        <source>cannot read the CA certificate file %1</source>
        <translation>CA 인증서 파일을 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1에 PEM 인증서가 없음</translation>
    </message>
    <message>
        <source>answer larger than %1, cut off</source>
        <translation>응답이 %1보다 커서 받기를 멈춤</translation>
    </message>
    <message>
        <source>connection closed by the server without an answer</source>
        <translation>서버가 응답 없이 연결을 끊음</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <comment>net: apirequest: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>%1 안에 응답 없음</translation>
    </message>
    <message>
        <source>connection refused</source>
        <comment>net: apirequest: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <comment>net: apirequest: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>호스트를 찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <comment>net: apirequest</comment>
        <translation>TLS 핸드셰이크 실패: %1</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <comment>net: apirequest: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>네트워크 오류: %1</translation>
    </message>
</context>
<context>
    <name>Ops::ApiSource</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON 형식 아님: %1 (%2바이트 위치)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아님</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>service: state</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the API reports degraded</source>
        <translation>API가 성능 저하 상태로 보고함</translation>
    </message>
    <message>
        <source>the API reports degraded (%1)</source>
        <translation>API가 성능 저하 상태로 보고함 (%1)</translation>
    </message>
    <message>
        <source>the API reports unhealthy</source>
        <translation>API가 비정상 상태로 보고함</translation>
    </message>
    <message>
        <source>the API reports unhealthy (%1)</source>
        <translation>API가 비정상 상태로 보고함 (%1)</translation>
    </message>
    <message>
        <source>the answer has no &quot;status&quot;</source>
        <translation>응답에 &quot;status&quot;가 없음</translation>
    </message>
    <message>
        <source>HTTP %1 (status &quot;%2&quot;)</source>
        <comment>sources: apisource</comment>
        <translation>HTTP %1 (상태 &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <comment>sources: apisource</comment>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>healthy, but %1</source>
        <comment>sources: apisource: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>정상이지만 %1</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <comment>sources: apisource: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>알 수 없는 상태 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Ops::ApproveCommand</name>
    <message>
        <source>The profile&apos;s settings cannot be run: %1</source>
        <translation>프로필 설정으로는 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names no program.</source>
        <translation>이 프로필에는 실행할 프로그램이 없습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Programs the profile &quot;%1&quot; runs:</source>
        <translation>프로필이 실행하는 프로그램 (&quot;%1&quot;):</translation>
    </message>
    <message>
        <source>program: %1</source>
        <translation>프로그램: %1</translation>
    </message>
    <message>
        <source>owner %1, mode %2, %3 bytes, SHA-256 %4</source>
        <translation>소유자 %1, 모드 %2, %3바이트, SHA-256 %4</translation>
    </message>
    <message>
        <source>working folder: %1</source>
        <translation>작업 폴더: %1</translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>환경 변수: %1</translation>
    </message>
    <message>
        <source>already approved</source>
        <translation>이미 승인됨</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>아직 승인되지 않음</translation>
    </message>
    <message>
        <source>changed since it was approved: %1</source>
        <translation>승인 후 변경됨: %1</translation>
    </message>
    <message>
        <source>cannot be approved: %1</source>
        <translation>승인할 수 없음: %1</translation>
    </message>
    <message>
        <source>Every program of this profile is approved.</source>
        <translation>이 프로필의 모든 프로그램이 승인되어 있습니다.</translation>
    </message>
    <message>
        <source>Type &quot;approve&quot; to let the console run these programs on this workstation: </source>
        <translation>이 워크스테이션에서 콘솔이 이 프로그램들을 실행하도록 하려면 &quot;approve&quot;를 입력하세요: </translation>
    </message>
    <message>
        <source>Nothing was approved.</source>
        <translation>아무것도 승인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>승인했습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::ArmControl</name>
    <message>
        <source>Not a production profile: actions are enabled.</source>
        <translation>프로덕션 프로필 아님 — 작업을 바로 실행할 수 있음</translation>
    </message>
    <message>
        <source>PRODUCTION — armed, %1:%2 left</source>
        <translation>프로덕션 — 작업 활성화됨, %1:%2 남음</translation>
    </message>
    <message>
        <source>Disarm</source>
        <comment>production arm control: button</comment>
        <translation>작업 비활성화</translation>
    </message>
    <message>
        <source>PRODUCTION — read-only</source>
        <comment>production arm control: label</comment>
        <translation>프로덕션 — 읽기 전용</translation>
    </message>
    <message numerus="yes">
        <source>Arm for %n min</source>
        <comment>production arm control: button</comment>
        <translation>
            <numerusform>%n분 동안 작업 활성화</numerusform>
        </translation>
    </message>
    <message>
        <source>Why arm? (recorded in the audit trail)</source>
        <comment>production arm control: placeholder</comment>
        <translation>작업 활성화 사유 (감사 기록에 남음)</translation>
    </message>
</context>
<context>
    <name>Ops::AssessPane</name>
    <message>
        <source>fires</source>
        <comment>decision tree branch</comment>
        <translation>해당</translation>
    </message>
    <message>
        <source>Looking at the live stack…</source>
        <translation>실시간 스택을 확인하는 중…</translation>
    </message>
    <message>
        <source>No branch of the decision tree fires: no rollback is recommended.</source>
        <translation>판단 트리에서 해당하는 분기가 없습니다: 롤백을 권장하지 않습니다.</translation>
    </message>
    <message>
        <source>Required: why not the recommended path?</source>
        <translation>필수: 권장 경로를 택하지 않는 사유를 적으세요</translation>
    </message>
    <message>
        <source>The runbook&apos;s rollback decision tree, evaluated on the live stack. The evidence stands next to each branch; the recommended path is preselected.</source>
        <translation>실시간 스택에서 평가한 절차서의 롤백 판단 트리입니다. 각 분기 옆에 근거가 표시되며, 권장 경로가 미리 선택되어 있습니다.</translation>
    </message>
    <message>
        <source>Data corruption detected (declared by the operator)</source>
        <translation>데이터 손상 발견 (운영자 판단으로 선언)</translation>
    </message>
    <message>
        <source>no</source>
        <comment>rollback wizard, assess step (decision tree)</comment>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>rollback wizard, assess step (decision tree)</comment>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source> + investigation</source>
        <comment>rollback wizard, assess step (decision tree)</comment>
        <translation> + 조사</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <comment>rollback wizard, assess step (decision tree)</comment>
        <translation>권장: %1</translation>
    </message>
    <message>
        <source> and an investigation</source>
        <comment>rollback wizard, assess step (decision tree)</comment>
        <translation> 및 조사</translation>
    </message>
    <message>
        <source>Assess again</source>
        <comment>rollback wizard, assess step (decision tree): button</comment>
        <translation>다시 평가</translation>
    </message>
    <message>
        <source>Fires</source>
        <comment>rollback wizard, assess step (decision tree): column header</comment>
        <translation>해당 여부</translation>
    </message>
    <message>
        <source>Branch</source>
        <comment>rollback wizard, assess step (decision tree): column header</comment>
        <translation>분기</translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>rollback wizard, assess step (decision tree): column header</comment>
        <translation>근거</translation>
    </message>
    <message>
        <source>Leads to</source>
        <comment>rollback wizard, assess step (decision tree): column header</comment>
        <translation>경로</translation>
    </message>
    <message>
        <source>Rollback path:</source>
        <comment>rollback wizard, assess step (decision tree): form label</comment>
        <translation>롤백 경로:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <comment>rollback wizard, assess step (decision tree): form label</comment>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Cannot decide: the decision tree is missing %1. Choose a path only with a reason.</source>
        <comment>rollback wizard, assess step (decision tree): verdict; %1 lists the branches that could not be evaluated and why</comment>
        <translation>판단할 수 없습니다. 판단 트리에서 평가하지 못한 분기: %1. 경로는 사유를 적어야만 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>Required: why this path, without the missing evidence?</source>
        <translation>필수: 빠진 근거 없이 이 경로를 택하는 사유를 적으세요</translation>
    </message>
</context>
<context>
    <name>Ops::AuditAction</name>
    <message>
        <source>Scale</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>증설·축소</translation>
    </message>
    <message>
        <source>Scale verification</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>증설·축소 결과 확인</translation>
    </message>
    <message>
        <source>Restart</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>재시작</translation>
    </message>
    <message>
        <source>Restart verification</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>재시작 결과 확인</translation>
    </message>
    <message>
        <source>Rollback</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>롤백</translation>
    </message>
    <message>
        <source>Rollback step</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>롤백 단계</translation>
    </message>
    <message>
        <source>Rollback verification overridden</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>롤백 검증 실패를 긴급 예외로 수용</translation>
    </message>
    <message>
        <source>Deploy</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>배포</translation>
    </message>
    <message>
        <source>Maintenance started</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>점검 시작</translation>
    </message>
    <message>
        <source>Maintenance step</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>점검 단계</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>점검 모드</translation>
    </message>
    <message>
        <source>Maintenance backup</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>점검 백업</translation>
    </message>
    <message>
        <source>Maintenance ended</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>점검 종료</translation>
    </message>
    <message>
        <source>Maintenance cancelled</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>점검 취소</translation>
    </message>
    <message>
        <source>Maintenance checklist</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>점검 체크리스트</translation>
    </message>
    <message>
        <source>Maintenance schedule</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>점검 일정</translation>
    </message>
    <message>
        <source>Guardrails changed</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>가드레일 변경</translation>
    </message>
    <message>
        <source>Production armed</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>프로덕션 작업 활성화</translation>
    </message>
    <message>
        <source>Production disarmed</source>
        <comment>audit action: filter choice and Action column</comment>
        <translation>프로덕션 작업 비활성화</translation>
    </message>
</context>
<context>
    <name>Ops::AuditChain</name>
    <message numerus="yes">
        <source>Audit trail intact: %n row(s) checked, each chained to the one before.</source>
        <translation>
            <numerusform>감사 기록 온전함: 행 %n개를 확인했고 모든 행이 앞 행에 연결되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail BROKEN at row %1 (id %2): %3</source>
        <translation>감사 기록 훼손됨 — 행 번호 %1, ID %2: %3</translation>
    </message>
    <message>
        <source>Audit trail BROKEN: %1</source>
        <translation>감사 기록 훼손됨: %1</translation>
    </message>
    <message>
        <source>row %1 is missing before it</source>
        <translation>바로 앞 행(번호 %1)이 없음</translation>
    </message>
    <message>
        <source>it does not follow the row before it (another row was changed, removed or put in between)</source>
        <translation>앞 행과 연결되지 않음(다른 행이 변경·삭제되었거나 사이에 끼워 넣어짐)</translation>
    </message>
    <message>
        <source>its content is not what was written (its hash differs)</source>
        <translation>내용이 기록 당시와 다름(해시 불일치)</translation>
    </message>
    <message>
        <source>the chain&apos;s head (ops.audit_chain) is missing</source>
        <translation>체인의 끝 정보(ops.audit_chain)가 없음</translation>
    </message>
    <message>
        <source>the chain ends at row %1, but its head names row %2: rows at its end were removed</source>
        <translation>체인이 끝나는 행 번호: %1, 끝 정보가 가리키는 행 번호: %2 — 끝부분 행이 삭제됨</translation>
    </message>
</context>
<context>
    <name>Ops::AuditModel</name>
    <message>
        <source>Time</source>
        <comment>audit column</comment>
        <translation>시각</translation>
    </message>
    <message>
        <source>User</source>
        <comment>audit column: operating-system user</comment>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>audit column</comment>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>audit column: connection profile</comment>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>audit column</comment>
        <translation>작업</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>audit column: service or deployment</comment>
        <translation>대상</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>audit column</comment>
        <translation>사유</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>audit column: exit code of the command</comment>
        <translation>종료 코드</translation>
    </message>
    <message>
        <source>Override</source>
        <comment>audit column: guardrails overridden</comment>
        <translation>긴급 예외</translation>
    </message>
    <message>
        <source>override</source>
        <comment>audit cell: the action ran as an emergency override</comment>
        <translation>긴급 예외</translation>
    </message>
</context>
<context>
    <name>Ops::AuditPage</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>감사 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait in the local journal: PostgreSQL could not be reached. They are written when it is back.</source>
        <translation>
            <numerusform>PostgreSQL에 연결할 수 없어 %n건이 로컬 저널에서 대기 중입니다. 연결이 돌아오면 기록됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n건을 내보냈습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>감사 기록 내보내기</translation>
    </message>
    <message>
        <source>Search reason, user, host, command…</source>
        <translation>사유, 사용자, 호스트, 명령 검색…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>audit page: status text</comment>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <comment>audit page: status text</comment>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>audit page: file type filter</comment>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <comment>audit page: title</comment>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>From</source>
        <comment>audit page: label</comment>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <comment>audit page: label</comment>
        <translation>~</translation>
    </message>
    <message>
        <source>All actions</source>
        <comment>audit page: choice in a drop-down list</comment>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Scale</source>
        <comment>audit page: choice in a drop-down list</comment>
        <translation>증설·축소</translation>
    </message>
    <message>
        <source>Restart</source>
        <comment>audit page: choice in a drop-down list</comment>
        <translation>재시작</translation>
    </message>
    <message>
        <source>Rollback</source>
        <comment>audit page: choice in a drop-down list</comment>
        <translation>롤백</translation>
    </message>
    <message>
        <source>Rollback step</source>
        <comment>audit page: choice in a drop-down list</comment>
        <translation>롤백 단계</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>audit page: choice in a drop-down list</comment>
        <translation>점검</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>audit page: placeholder text in an empty field</comment>
        <translation>대상</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>audit page: button</comment>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>audit page: button</comment>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>The audit trail&apos;s chain could not be checked: %1</source>
        <translation>감사 기록의 체인을 확인할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Ops::AuditStore</name>
    <message>
        <source>the audit entry was not recorded: %1</source>
        <translation>감사 기록을 남기지 못함: %1</translation>
    </message>
    <message>
        <source>the audit entry was not recorded: %1; and the local journal failed too: %2</source>
        <translation>감사 기록을 남기지 못함: %1; 로컬 저널 기록도 실패함: %2</translation>
    </message>
    <message>
        <source>the journal was not replayed: %1</source>
        <translation>저널을 다시 반영하지 못함: %1</translation>
    </message>
    <message>
        <source>cannot read the audit trail: %1</source>
        <translation>감사 기록을 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>no database worker</source>
        <comment>audit: auditstore: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>데이터베이스 작업 스레드가 없음</translation>
    </message>
    <message>
        <source>the database cannot be reached</source>
        <translation>데이터베이스에 연결할 수 없음</translation>
    </message>
</context>
<context>
    <name>Ops::AuditSummary</name>
    <message>
        <source>Changed the scaling guardrails</source>
        <translation>증설·축소 가드레일 변경</translation>
    </message>
    <message>
        <source>%1 — failed (exit code %2)</source>
        <translation>%1 — 실패 (종료 코드 %2)</translation>
    </message>
    <message>
        <source>%1 — did not finish</source>
        <translation>%1 — 끝나지 않음</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <comment>audit: auditsummary</comment>
        <translation>%1 %2→%3</translation>
    </message>
    <message>
        <source>Scaled %1</source>
        <comment>audit: auditsummary</comment>
        <translation>레플리카 조정: %1</translation>
    </message>
    <message>
        <source>Scaled %1 replicas</source>
        <comment>audit: auditsummary</comment>
        <translation>레플리카 조정: %1</translation>
    </message>
    <message>
        <source>Rolled back to %1</source>
        <comment>audit: auditsummary</comment>
        <translation>%1 버전으로 롤백</translation>
    </message>
    <message>
        <source>Rollback step: %1</source>
        <comment>audit: auditsummary</comment>
        <translation>롤백 단계: %1</translation>
    </message>
    <message>
        <source>Maintenance started: %1</source>
        <comment>audit: auditsummary</comment>
        <translation>점검 시작: %1</translation>
    </message>
    <message>
        <source>Maintenance step</source>
        <comment>audit: auditsummary</comment>
        <translation>점검 단계</translation>
    </message>
    <message>
        <source>Maintenance ended: %1</source>
        <comment>audit: auditsummary</comment>
        <translation>점검 종료: %1</translation>
    </message>
    <message>
        <source>Maintenance cancelled: %1</source>
        <comment>audit: auditsummary</comment>
        <translation>점검 취소: %1</translation>
    </message>
    <message>
        <source>Restarted %1</source>
        <comment>audit: auditsummary</comment>
        <translation>%1 재시작</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>audit: auditsummary</comment>
        <translation>%2에 %1</translation>
    </message>
    <message>
        <source>%1 — guardrail overridden</source>
        <comment>audit: auditsummary</comment>
        <translation>%1 — 가드레일 우회(긴급 예외)</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <comment>audit: auditsummary</comment>
        <translation>%1 — “%2”</translation>
    </message>
    <message>
        <source>%1 (%2@%3)</source>
        <comment>audit: auditsummary</comment>
        <translation>%1 (%2@%3)</translation>
    </message>
</context>
<context>
    <name>Ops::BackupCatalog</name>
    <message>
        <source>this profile has no backups folder</source>
        <translation>이 프로필에 백업 폴더가 없음</translation>
    </message>
    <message>
        <source>the backups folder %1 does not exist</source>
        <translation>백업 폴더가 없음: %1</translation>
    </message>
    <message>
        <source>the backups folder %1 is a symbolic link (to %2): a backups folder must be a real folder, so that it cannot point at files elsewhere</source>
        <translation>백업 폴더가 심볼릭 링크임: %1 → %2 (다른 곳의 파일을 가리킬 수 없도록 백업 폴더는 실제 폴더여야 함)</translation>
    </message>
    <message>
        <source>the backups folder %1 is writable by other users, who could replace a backup after it was checked</source>
        <translation>다른 사용자가 쓸 수 있는 백업 폴더: %1 (확인한 뒤에 백업을 바꿔 넣을 수 있음)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>읽을 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>거부됨: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Ops::BackupFile</name>
    <message>
        <source>this profile has no backups folder</source>
        <translation>이 프로필에 백업 폴더가 없음</translation>
    </message>
    <message>
        <source>no backup file chosen</source>
        <translation>백업 파일을 선택하지 않음</translation>
    </message>
    <message>
        <source>the backups folder %1 does not exist</source>
        <translation>백업 폴더가 없음: %1</translation>
    </message>
    <message>
        <source>the backups folder %1 is a symbolic link (to %2): a backups folder must be a real folder, so that it cannot point at files elsewhere</source>
        <translation>백업 폴더가 심볼릭 링크임: %1 → %2 (다른 곳의 파일을 가리킬 수 없도록 백업 폴더는 실제 폴더여야 함)</translation>
    </message>
    <message>
        <source>the backups folder %1 cannot be opened: %2</source>
        <translation>백업 폴더를 열 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>the backups folder %1 is writable by other users, who could replace a backup after it was checked</source>
        <translation>다른 사용자가 쓸 수 있는 백업 폴더: %1 (확인한 뒤에 백업을 바꿔 넣을 수 있음)</translation>
    </message>
    <message>
        <source>%1 contains &quot;..&quot;: a backup must be a file inside %2</source>
        <translation>%1에 &quot;..&quot;가 들어 있음: 백업은 %2 안에 있는 파일이어야 함</translation>
    </message>
    <message>
        <source>%1 is not inside the backups folder %2</source>
        <translation>백업 폴더 안의 파일이 아님: %1 (백업 폴더: %2)</translation>
    </message>
    <message>
        <source>%1 is not a file directly inside the backups folder %2</source>
        <translation>백업 폴더 바로 안의 파일이 아님: %1 (백업 폴더: %2)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: a backup must be the file itself</source>
        <translation>심볼릭 링크임: %1 (백업은 파일 자체여야 함)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <comment>rollback: backupcatalog</comment>
        <translation>없음: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>열 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot read the attributes of %1</source>
        <translation>%1의 속성을 읽을 수 없음</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>일반 파일이 아님: %1</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links): a backup must have one, so that it cannot be a file from elsewhere</source>
        <translation>이름(하드 링크)이 여러 개인 파일: %1 (이름 %2개, 다른 곳의 파일일 수 없도록 백업은 이름이 하나여야 함)</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2): a backup must be the operator&apos;s own file</source>
        <translation>다른 사용자의 파일: %1 (uid %2, 백업은 운영자 본인의 파일이어야 함)</translation>
    </message>
    <message>
        <source>%1 is writable by other users: anyone of them could have changed it</source>
        <translation>다른 사용자가 쓸 수 있는 파일: %1 (그중 누구든 바꿨을 수 있음)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <comment>rollback: backupcatalog</comment>
        <translation>빈 파일임: %1</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the limit of %3</source>
        <translation>파일 크기 %2, 제한 %3 초과: %1</translation>
    </message>
</context>
<context>
    <name>Ops::BackupPane</name>
    <message>
        <source>Checked: %1 (%2) is a regular file inside the backups folder, not writable by others.</source>
        <translation>확인 완료: %1 (%2) — 백업 폴더 안의 일반 파일이며 다른 사용자는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The full rollback restores the database from a backup of this profile&apos;s backups folder. The file is checked before anything runs.</source>
        <translation>전체 롤백은 이 프로필의 백업 폴더에 있는 백업으로 데이터베이스를 복원합니다. 실행하기 전에 파일을 먼저 검사합니다.</translation>
    </message>
    <message>
        <source>This profile has no backups folder (Settings).</source>
        <translation>이 프로필에 백업 폴더가 없습니다 (설정에서 지정하세요).</translation>
    </message>
    <message numerus="yes">
        <source>Backups folder: %1 — %n file(s), newest first</source>
        <translation>
            <numerusform>백업 폴더: %1 — 파일 %n개, 최신순</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <comment>rollback wizard, backup step</comment>
        <translation>백업을 선택하세요.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <comment>rollback wizard, backup step</comment>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <comment>rollback wizard, backup step: button</comment>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>File</source>
        <comment>rollback wizard, backup step: column header</comment>
        <translation>파일</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>rollback wizard, backup step: column header</comment>
        <translation>크기</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>rollback wizard, backup step: column header</comment>
        <translation>시각</translation>
    </message>
    <message>
        <source>Age</source>
        <comment>rollback wizard, backup step: column header</comment>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <comment>rollback wizard, backup step: form label</comment>
        <translation>복원할 백업:</translation>
    </message>
</context>
<context>
    <name>Ops::ChartPanel</name>
    <message>
        <source>Export data as CSV…</source>
        <translation>데이터를 CSV로 내보내기…</translation>
    </message>
    <message>
        <source>computed from /metrics</source>
        <comment>panel badge</comment>
        <translation>/metrics에서 계산</translation>
    </message>
    <message>
        <source>Prometheus is not available: the console computes this panel from its own scrapes of the API&apos;s /metrics.</source>
        <translation>Prometheus를 사용할 수 없어 콘솔이 API의 /metrics를 직접 수집해 이 패널을 계산합니다.</translation>
    </message>
    <message>
        <source>No data in this time range.</source>
        <translation>이 시간 범위에 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Export panel as PNG</source>
        <translation>패널을 PNG로 내보내기</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Export panel data as CSV</source>
        <translation>패널 데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Panel menu</source>
        <comment>charts, one panel: tooltip</comment>
        <translation>패널 메뉴</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <comment>charts, one panel: menu item</comment>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>charts, one panel: menu item</comment>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Move up</source>
        <comment>charts, one panel: menu item</comment>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <comment>charts, one panel: menu item</comment>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Remove panel</source>
        <comment>charts, one panel: menu item</comment>
        <translation>패널 삭제</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>charts, one panel</comment>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <comment>charts, one panel: file type filter</comment>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <comment>charts, one panel: dialog title</comment>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>charts, one panel: file type filter</comment>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Ops::ChartsPage</name>
    <message>
        <source>Replace this profile&apos;s panels with the runbook&apos;s default panels?</source>
        <translation>이 프로필의 패널을 절차서 기본 패널로 바꿀까요?</translation>
    </message>
    <message>
        <source>Remove the panel “%1”?</source>
        <translation>“%1” 패널을 삭제할까요?</translation>
    </message>
    <message>
        <source>Reset panels</source>
        <comment>charts page: dialog title</comment>
        <translation>패널 초기화</translation>
    </message>
    <message>
        <source>Charts</source>
        <comment>charts page: title</comment>
        <translation>차트</translation>
    </message>
    <message>
        <source>Add panel…</source>
        <comment>charts page: button</comment>
        <translation>패널 추가…</translation>
    </message>
    <message>
        <source>Reset panels</source>
        <comment>charts page: button</comment>
        <translation>패널 초기화</translation>
    </message>
    <message>
        <source>Remove panel</source>
        <comment>charts page: dialog title</comment>
        <translation>패널 삭제</translation>
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
        <translation>확인이 끝날 때까지 응답 없음</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <comment>--check output</comment>
        <translation>모든 확인 항목을 통과했습니다.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <comment>--check output</comment>
        <translation>일부 확인 항목이 실패했습니다.</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>실행하지 않음: %1</translation>
    </message>
    <message>
        <source>Review and approve the profile&apos;s programs with: opsconsole --approve-programs and the same --profile or --profile-file.</source>
        <translation>프로필의 프로그램을 검토하고 승인하세요: opsconsole --approve-programs에 같은 --profile 또는 --profile-file을 붙여 실행합니다.</translation>
    </message>
    <message>
        <source>The profile names programs that are not approved on this workstation: none was run.</source>
        <comment>--check output</comment>
        <translation>프로필에 이 워크스테이션에서 승인되지 않은 프로그램이 있어 어떤 프로그램도 실행하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n critical alert(s) firing, ignored (--ignore-alerts).</source>
        <comment>--check output</comment>
        <translation>
            <numerusform>치명 알림 %n개가 발생 중이지만 --ignore-alerts에 따라 무시했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All checks passed, but %n critical alert(s) firing.</source>
        <comment>--check output</comment>
        <translation>
            <numerusform>모든 확인을 통과했지만 치명 알림 %n개가 발생 중입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::CheckVerdict</name>
    <message>
        <source>Nothing to check: the profile names no server.</source>
        <translation>확인할 대상이 없습니다. 프로필에 지정된 서버가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 step(s) still waiting for an answer.</source>
        <translation>
            <numerusform>전체 단계 %1개 중 %n개가 아직 응답을 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verdict: healthy — all %n step(s) passed.</source>
        <translation>
            <numerusform>판정: 정상입니다. 단계 %n개를 모두 통과했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verdict: needs attention — %n of %1 step(s) did not pass: %2.</source>
        <translation>
            <numerusform>판정: 조치가 필요합니다. 전체 단계 %1개 중 %n개를 통과하지 못했습니다: %2.</numerusform>
        </translation>
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
        <translation>저장된 프로필 &lt;name&gt; 사용.</translation>
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
        <source>PNG file for --screenshot.</source>
        <translation>--screenshot 결과를 저장할 PNG 파일.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>--screenshot 창 크기.</translation>
    </message>
    <message>
        <source>Longest wait for the page&apos;s first data, in ms.</source>
        <translation>페이지의 첫 데이터를 기다리는 최대 시간(ms).</translation>
    </message>
    <message>
        <source>Print --check results as JSON.</source>
        <translation>--check 결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Keep settings in &lt;dir&gt; instead of the default location.</source>
        <translation>설정을 기본 위치 대신 &lt;dir&gt;에 저장합니다.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ko or en.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;: ko 또는 en을 사용하세요.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Pages: %2.</source>
        <translation>알 수 없는 페이지 &quot;%1&quot;. 페이지: %2.</translation>
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
        <source>--import-profiles and --profile-file cannot be combined.</source>
        <translation>--import-profiles와 --profile-file은 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>How --screenshot takes the picture. render (default): paint the window into an image (QWidget::grab), offscreen unless QT_QPA_PLATFORM is set. screen: show a real window on the display (QT_QPA_PLATFORM=xcb and DISPLAY, e.g. an Xvfb server), wait until it has painted its data and stopped repainting, and copy its pixels from the screen: exactly what an operator sees.</source>
        <translation>--screenshot이 그림을 찍는 방식입니다. render(기본값): 창을 이미지에 새로 그립니다(QWidget::grab). QT_QPA_PLATFORM을 지정하지 않으면 화면 없이(offscreen) 그립니다. screen: 디스플레이(QT_QPA_PLATFORM=xcb와 DISPLAY, 예: Xvfb 서버)에 실제 창을 띄우고, 데이터를 그린 뒤 다시 그리기가 멈출 때까지 기다렸다가 화면에서 창의 픽셀을 복사합니다. 운영자가 보는 그대로입니다.</translation>
    </message>
    <message>
        <source>Unknown --screenshot-grab &quot;%1&quot;: use render or screen.</source>
        <translation>알 수 없는 --screenshot-grab 값 &quot;%1&quot;: render 또는 screen을 사용하세요.</translation>
    </message>
    <message>
        <source>Wait this long after the page&apos;s first data before taking the picture, in ms.</source>
        <translation>페이지의 첫 데이터가 온 뒤 그림을 찍기 전에 더 기다릴 시간(ms).</translation>
    </message>
    <message>
        <source>--screenshot-settle must be a number of ms.</source>
        <translation>--screenshot-settle는 ms 단위 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain in the active profile&apos;s records database, print the result and exit (0 intact, 1 broken: the first broken row is named, 2 not checked).</source>
        <translation>활성 프로필의 기록 데이터베이스에서 감사 기록의 해시 체인을 확인하고 결과를 출력한 뒤 종료합니다(0: 온전함, 1: 훼손됨 — 처음 훼손된 행을 알려 줌, 2: 확인하지 못함).</translation>
    </message>
    <message>
        <source>Apply the records database&apos;s pending migrations as an administrator (--admin-user; its password from PGPASSWORD or ~/.pgpass), let the profile&apos;s role append and read the records, and exit.</source>
        <translation>기록 데이터베이스의 남은 마이그레이션을 관리자(--admin-user, 비밀번호는 PGPASSWORD 또는 ~/.pgpass에서 읽음)로 적용하고, 프로필의 역할이 기록을 추가하고 읽을 수 있게 한 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>The PostgreSQL superuser --migrate connects as.</source>
        <translation>--migrate가 접속할 때 쓰는 PostgreSQL 슈퍼유저입니다.</translation>
    </message>
    <message>
        <source>--admin-user must be a role name, not &quot;%1&quot;.</source>
        <translation>--admin-user에는 역할 이름을 지정해야 합니다. 지정한 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--check, --verify-audit or --migrate and --screenshot cannot be combined.</source>
        <translation>--check, --verify-audit, --migrate는 --screenshot과 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt; instead of the last page shown. Pages: %1.</source>
        <translation>마지막으로 본 페이지 대신 페이지 &lt;page&gt;로 엽니다. 페이지: %1.</translation>
    </message>
    <message>
        <source>Show &lt;page&gt;, wait for its first data, save a picture of the window (--out) and exit; see --screenshot-grab. Pages: %1. The rollback wizard&apos;s steps: rollback:assess, rollback:target, rollback:backup, rollback:review, rollback:execute, rollback:verify, rollback:after (the last three show a recorded rollback to 0.1.0). A screenshot changes nothing: no command acts on the stack, no audit row is written.</source>
        <translation>페이지 &lt;page&gt;를 띄우고 첫 데이터를 기다린 뒤 창의 그림을 저장(--out)하고 종료합니다. 찍는 방식은 --screenshot-grab에 있습니다. 페이지: %1. 롤백 마법사 단계: rollback:assess, rollback:target, rollback:backup, rollback:review, rollback:execute, rollback:verify, rollback:after (마지막 세 단계는 0.1.0으로 롤백한 기록 실행을 보여 줍니다). 스크린샷은 아무것도 바꾸지 않습니다. 스택에 작용하는 명령을 실행하지 않고 감사 기록도 남기지 않습니다.</translation>
    </message>
    <message>
        <source>Run every health check of the active profile once, read the stack&apos;s alerts (Prometheus; Alertmanager when the profile names one: silenced alerts do not count), print the result and exit: 0 healthy; 1 a check failed; 2 bad command line or no profile; 3 the checks passed but a critical alert fires; 4 the profile names a program that is not approved on this workstation (then no program is run; see --approve-programs).</source>
        <translation>활성 프로필의 모든 상태 확인을 한 번 실행하고 스택의 알림(Prometheus, 프로필에 Alertmanager가 있으면 Alertmanager; 사일런스가 적용된 알림은 세지 않음)을 읽어 결과를 출력한 뒤 종료합니다. 종료 코드: 0 정상, 1 확인 실패, 2 잘못된 명령줄 또는 프로필 없음, 3 확인은 통과했지만 치명 알림 발생 중, 4 프로필에 이 워크스테이션에서 승인되지 않은 프로그램이 있음(이때는 어떤 프로그램도 실행하지 않습니다. --approve-programs 참고).</translation>
    </message>
    <message>
        <source>With --check: list the alerts, but let only the checks decide the exit code.</source>
        <translation>--check와 함께 씁니다. 알림을 나열하되 종료 코드는 확인 결과만으로 정합니다.</translation>
    </message>
    <message>
        <source>Show every program the profile (--profile or --profile-file) would run, with its owner, mode, SHA-256 and command lines, and approve them on this workstation once you type &quot;approve&quot;. Exit 0 when approved, 4 when not.</source>
        <translation>프로필(--profile 또는 --profile-file)이 실행할 모든 프로그램을 소유자, 모드, SHA-256, 명령줄과 함께 보여 주고, &quot;approve&quot;를 입력하면 이 워크스테이션에서 승인합니다. 승인하면 0, 아니면 4로 종료합니다.</translation>
    </message>
    <message>
        <source>Record the event loop&apos;s lateness (p50, p99 and max per minute and for the whole run) to &lt;file&gt;.</source>
        <translation>이벤트 루프 지연(분마다, 그리고 실행 전체의 p50, p99, 최대값)을 &lt;file&gt;에 기록합니다.</translation>
    </message>
    <message>
        <source>Save the new profiles in &lt;file&gt; to the settings, then start. A saved profile the file would change is never overwritten: the changes are printed and nothing is imported.</source>
        <translation>&lt;file&gt;의 새 프로필을 설정에 저장한 뒤 시작합니다. 파일이 바꾸려는 저장된 프로필은 덮어쓰지 않습니다. 바뀌는 내용을 출력하고 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>--ignore-alerts only goes with --check.</source>
        <translation>알림 무시 옵션 --ignore-alerts는 --check와 함께만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>--check, --verify-audit, --migrate and --approve-programs cannot be combined.</source>
        <translation>--check, --verify-audit, --migrate, --approve-programs는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--approve-programs cannot be combined with --check or --screenshot.</source>
        <translation>--approve-programs는 --check 또는 --screenshot과 함께 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::ComposeOrchestrator</name>
    <message>
        <source>config --services listed no services</source>
        <translation>config --services에 서비스가 하나도 없음</translation>
    </message>
    <message>
        <source>this profile&apos;s stack is not a Docker Compose project</source>
        <translation>이 프로필의 스택은 Docker Compose 프로젝트가 아님</translation>
    </message>
    <message>
        <source>The version %1 runs now is not known (yet): new replicas could start another image. Wait for the orchestrator&apos;s status, or check that all its containers run one tag.</source>
        <translation>지금 실행 중인 %1 버전을 (아직) 알 수 없습니다. 새 레플리카가 다른 이미지로 시작될 수 있습니다. 오케스트레이터 상태가 들어올 때까지 기다리거나, 모든 컨테이너가 같은 태그로 실행 중인지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>Ops::ComposePsParser</name>
    <message>
        <source>the container list is not valid JSON (%1 at offset %2)</source>
        <translation>컨테이너 목록이 올바른 JSON이 아님 (위치 %2에서 %1)</translation>
    </message>
    <message>
        <source>entry %1 of the container list is not a container</source>
        <translation>컨테이너 목록의 %1번째 항목이 컨테이너가 아님</translation>
    </message>
    <message>
        <source>line %1 of the container list is not a JSON object</source>
        <translation>컨테이너 목록의 %1번째 줄이 JSON 객체가 아님</translation>
    </message>
    <message>
        <source>line %1 of the container list has no container name</source>
        <translation>컨테이너 목록의 %1번째 줄에 컨테이너 이름이 없음</translation>
    </message>
    <message>
        <source>the output is neither JSON nor the container table of docker-compose</source>
        <translation>출력이 JSON도 아니고 docker-compose 컨테이너 표도 아님</translation>
    </message>
    <message>
        <source>the container table of docker-compose has no separator line</source>
        <translation>docker-compose 컨테이너 표에 구분선이 없음</translation>
    </message>
    <message>
        <source>line %1 of the container table has no recognisable state</source>
        <translation>컨테이너 표의 %1번째 줄에서 상태를 알아볼 수 없음</translation>
    </message>
    <message>
        <source>the output is not the image table of docker-compose</source>
        <translation>출력이 docker-compose 이미지 표가 아님</translation>
    </message>
    <message>
        <source>the container list is %1, more than the %2 the console reads: it was not read</source>
        <translation>컨테이너 목록 크기 %1, 콘솔이 읽는 한도 %2 초과: 읽지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::ComposeVersion</name>
    <message>
        <source>Compose %1 (v1): containers are named %2_app_1</source>
        <translation>Compose %1 (v1) · 컨테이너 이름 형식: %2_app_1</translation>
    </message>
    <message>
        <source>Compose %1 (v%2): containers are named %3-app-1</source>
        <translation>Compose %1 (v%2) · 컨테이너 이름 형식: %3-app-1</translation>
    </message>
</context>
<context>
    <name>Ops::ComposeVersionProbe</name>
    <message>
        <source>it exited with code %1</source>
        <translation>종료 코드: %1</translation>
    </message>
    <message>
        <source>its answer is not a Compose version</source>
        <translation>응답이 Compose 버전이 아님</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n s</source>
        <translation>
            <numerusform>%n초 안에 응답 없음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::ConsoleContext</name>
    <message>
        <source>%1 is running on %2: the profile cannot change until it ends.</source>
        <translation>프로필 %2에서 작업이 진행 중이므로 끝날 때까지 프로필을 바꿀 수 없습니다. 진행 중인 작업: %1</translation>
    </message>
</context>
<context>
    <name>Ops::DashboardPage</name>
    <message>
        <source>Run every health check at once, outside the schedule</source>
        <translation>일정과 관계없이 모든 상태 확인을 지금 실행합니다</translation>
    </message>
    <message>
        <source>The runbook&apos;s comprehensive health check, step by step</source>
        <translation>절차서의 종합 상태 확인을 단계별로 실행합니다</translation>
    </message>
    <message>
        <source>None of the runbook&apos;s scaling signals holds right now.</source>
        <translation>지금은 절차서의 증설 신호에 해당하는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>No profile: add one on the Settings page.</source>
        <translation>프로필이 없습니다. 설정 페이지에서 추가하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) not checked yet.</source>
        <translation>
            <numerusform>서비스 %n개는 아직 확인 전입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the scale dialog for %1</source>
        <translation>두 번 클릭하면 증설·축소 창을 엽니다: %1</translation>
    </message>
    <message>
        <source>Double-click an alert to open a new incident from it</source>
        <translation>알림을 두 번 클릭하면 그 알림으로 장애 등록</translation>
    </message>
    <message>
        <source>Alerts — expected during the maintenance window</source>
        <translation>알림 — 점검 시간대라 예상된 알림</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>dashboard</comment>
        <translation>알림</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>dashboard: title</comment>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Check now</source>
        <comment>dashboard: button</comment>
        <translation>지금 확인</translation>
    </message>
    <message>
        <source>Comprehensive health check</source>
        <comment>dashboard: button</comment>
        <translation>종합 상태 확인</translation>
    </message>
    <message>
        <source>Grafana</source>
        <comment>dashboard: button</comment>
        <translation>Grafana</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <comment>dashboard: button</comment>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>API docs</source>
        <comment>dashboard: button</comment>
        <translation>API 문서</translation>
    </message>
    <message>
        <source>When to scale</source>
        <comment>dashboard: group box title</comment>
        <translation>증설 신호</translation>
    </message>
    <message>
        <source>Comprehensive health check</source>
        <comment>dashboard: group box title</comment>
        <translation>종합 상태 확인</translation>
    </message>
    <message numerus="yes">
        <source>All %n service(s) healthy.</source>
        <comment>dashboard</comment>
        <translation>
            <numerusform>서비스 %n개 모두 정상입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) need attention.</source>
        <comment>dashboard</comment>
        <translation>
            <numerusform>서비스 %n개에 조치가 필요합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) pending.</source>
        <comment>dashboard</comment>
        <translation>
            <numerusform>알림 %n개 대기 중.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <comment>dashboard: closes the comprehensive health check&apos;s results</comment>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>All %n service(s) answer.</source>
        <comment>dashboard: every service is up, but alerts fire</comment>
        <translation>
            <numerusform>서비스 %n개 모두 응답합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical alert(s) firing.</source>
        <comment>dashboard</comment>
        <translation>
            <numerusform>치명 알림 %n개 발생 중.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other alert(s) firing.</source>
        <comment>dashboard: firing alerts that are not critical</comment>
        <translation>
            <numerusform>그 밖의 알림 %n개 발생 중.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) silenced.</source>
        <comment>dashboard: firing, but silenced in Alertmanager</comment>
        <translation>
            <numerusform>알림 %n개 사일런스 적용됨.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the answer</source>
        <comment>dashboard: a step of the comprehensive check</comment>
        <translation>응답 대기 중</translation>
    </message>
</context>
<context>
    <name>Ops::DatabaseSession</name>
    <message>
        <source>cannot reach the database %1: %2</source>
        <translation>데이터베이스 %1에 연결할 수 없음: %2</translation>
    </message>
    <message>
        <source>the statement exceeded the timeout of %1 ms</source>
        <translation>쿼리 실행 시간이 제한(%1ms)을 넘김</translation>
    </message>
    <message>
        <source>the connection was lost while committing: %1</source>
        <translation>커밋 중 연결이 끊김: %1</translation>
    </message>
    <message>
        <source>the database refused: %1</source>
        <comment>store: databasesession: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>데이터베이스가 거부함: %1</translation>
    </message>
    <message>
        <source>database job failed: %1</source>
        <comment>store: databasesession: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>데이터베이스 작업 실패: %1</translation>
    </message>
</context>
<context>
    <name>Ops::DatabaseWorker</name>
    <message>
        <source>the database has not answered for more than %1 s; still waiting for it</source>
        <translation>데이터베이스가 %1초 넘게 응답하지 않아 계속 기다리는 중</translation>
    </message>
    <message>
        <source>the database did not answer within %1 s</source>
        <translation>데이터베이스가 %1초 안에 응답하지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::DrainWatcher</name>
    <message>
        <source>requests did not drain within %1 s: still %2 requests/s (threshold %3)</source>
        <translation>%1초 안에 요청이 다 빠지지 않음: 아직 초당 %2건 (기준: 초당 %3건 이하)</translation>
    </message>
    <message>
        <source>requests could not be watched within %1 s: %2</source>
        <translation>%1초 동안 요청량을 확인하지 못함: %2</translation>
    </message>
    <message>
        <source>no reading of /metrics</source>
        <translation>/metrics 측정값 없음</translation>
    </message>
    <message>
        <source>/metrics has no http_requests_total</source>
        <translation>/metrics에 http_requests_total이 없음</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>Prometheus has no request counter of the API</source>
        <translation>Prometheus에 API 요청 카운터가 없음</translation>
    </message>
    <message>
        <source>no HTTP client</source>
        <comment>maintenance: drainwatcher: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>HTTP 클라이언트 없음</translation>
    </message>
    <message>
        <source>/metrics answered HTTP %1</source>
        <comment>maintenance: drainwatcher</comment>
        <translation>/metrics 응답: HTTP %1</translation>
    </message>
</context>
<context>
    <name>Ops::Escalation</name>
    <message>
        <source>On-call engineer</source>
        <comment>incidents: escalation</comment>
        <translation>당직 엔지니어</translation>
    </message>
    <message>
        <source>Team lead</source>
        <comment>incidents: escalation</comment>
        <translation>팀 리드</translation>
    </message>
    <message>
        <source>Engineering manager</source>
        <comment>incidents: escalation</comment>
        <translation>엔지니어링 매니저</translation>
    </message>
    <message>
        <source>CTO</source>
        <comment>incidents: escalation</comment>
        <translation>CTO</translation>
    </message>
</context>
<context>
    <name>Ops::ExecutePane</name>
    <message>
        <source>Reason to skip the failed step</source>
        <translation>실패한 단계를 건너뛰는 사유</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>rollback wizard, execute step: state of a step</comment>
        <translation>대기</translation>
    </message>
    <message>
        <source>running…</source>
        <comment>rollback wizard, execute step: state of a step</comment>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>done</source>
        <comment>rollback wizard, execute step: state of a step</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>FAILED</source>
        <comment>rollback wizard, execute step: state of a step</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>rollback wizard, execute step: state of a step</comment>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>restored %1 of %2</source>
        <comment>rollback wizard, execute step: progress bar text</comment>
        <translation>%2 중 %1 복원됨</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rollback wizard, execute step: column header</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>rollback wizard, execute step: column header</comment>
        <translation>단계</translation>
    </message>
    <message>
        <source>State</source>
        <comment>rollback wizard, execute step: column header</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>rollback wizard, execute step: column header</comment>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Start the rollback</source>
        <comment>rollback wizard, execute step: button</comment>
        <translation>롤백 시작</translation>
    </message>
    <message>
        <source>Retry the step</source>
        <comment>rollback wizard, execute step: button</comment>
        <translation>단계 다시 시도</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>rollback wizard, execute step: button</comment>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Abort</source>
        <comment>rollback wizard, execute step: button</comment>
        <translation>중단</translation>
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
        <source>never</source>
        <comment>age of a check that never ran</comment>
        <translation>아직 안 함</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no time</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>a duration or age</comment>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a duration or age</comment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>a duration or age</comment>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>a duration or age</comment>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration or age</comment>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>a duration or age</comment>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>a duration or age</comment>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a duration or age</comment>
        <translation>%1일</translation>
    </message>
    <message>
        <source>just now</source>
        <comment>age of a time: how long ago</comment>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>a duration or age</comment>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>a duration or age</comment>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage; the translation decides the spacing</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>a factor in running text: two times the baseline</comment>
        <translation>%1배</translation>
    </message>
    <message>
        <source>ddd MM-dd</source>
        <comment>Qt date format: weekday and month-day (Korean order: MM-dd(ddd))</comment>
        <translation>MM-dd(ddd)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <comment>a time in UTC; the local zone is UTC</comment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 UTC (%2 %3)</source>
        <comment>UTC time (local time, local zone name)</comment>
        <translation>%1 UTC (%2 %3)</translation>
    </message>
</context>
<context>
    <name>Ops::GradualDownscale</name>
    <message>
        <source>The 5xx error rate is %1 % (above 5 %): the metrics are not stable.</source>
        <translation>5xx 오류율이 %1%입니다 (5% 초과): 지표가 안정적이지 않습니다.</translation>
    </message>
    <message>
        <source>Response time p95 is %1 ms (above 2 s): the metrics are not stable.</source>
        <translation>p95 응답 시간이 %1ms입니다 (2초 초과): 지표가 안정적이지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is down to %2.</source>
        <translation>축소 완료: %1 → 레플리카 %2개</translation>
    </message>
    <message numerus="yes">
        <source>Aborted by the operator after %n step(s).</source>
        <translation>
            <numerusform>운영자가 %n단계 후 중단했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <comment>scaling: gradualdownscale</comment>
        <translation>할 일이 없습니다.</translation>
    </message>
    <message>
        <source>interrupted by a crash; the operator confirmed it had happened</source>
        <translation>충돌로 중단됨, 운영자가 적용을 확인함</translation>
    </message>
    <message>
        <source>found at %1 replicas after the crash: not scaled again</source>
        <translation>충돌 후 이미 레플리카 %1개임: 다시 축소하지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::GuardedChange</name>
    <message>
        <source>another change of the stack is still running</source>
        <translation>스택의 다른 변경이 아직 실행 중임</translation>
    </message>
    <message>
        <source>the console is not connected to this stack</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>%1 — going on without the operator lock (emergency override); the audit entry records it.</source>
        <translation>%1 — 긴급 예외로 운영자 잠금 없이 진행합니다. 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>%1. Without PostgreSQL no operator lock can be taken; only an emergency override with a reason may act without it.</source>
        <translation>%1. PostgreSQL 없이는 운영자 잠금을 얻을 수 없습니다. 잠금 없이 실행할 수 있는 것은 사유를 적은 긴급 예외뿐입니다.</translation>
    </message>
</context>
<context>
    <name>Ops::GuardrailsDialog</name>
    <message>
        <source>Row %1 has no service name.</source>
        <translation>%1번째 행에 서비스 이름이 없습니다.</translation>
    </message>
    <message>
        <source>A service is listed twice.</source>
        <translation>같은 서비스가 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <source>The runbook&apos;s scaling best practices for this profile: how far one step may go, how long to wait between changes of a service, and each service&apos;s bounds. A scale that breaks them needs an emergency override with a reason.</source>
        <translation>이 프로필에 적용되는 절차서의 증설·축소 모범 사례입니다. 한 번에 얼마나 늘리거나 줄일 수 있는지, 한 서비스를 다시 바꾸기 전의 쿨다운, 서비스별 레플리카 범위를 정합니다. 이를 벗어나는 증설·축소에는 사유를 적은 긴급 예외가 필요합니다.</translation>
    </message>
    <message>
        <source>Largest step up (increase):</source>
        <translation>한 번에 최대 증설 배수:</translation>
    </message>
    <message>
        <source>Largest step down (decrease):</source>
        <translation>한 번에 최대 축소 배수:</translation>
    </message>
    <message>
        <source>Cool-down between changes of a service:</source>
        <translation>서비스 변경 사이 쿨다운:</translation>
    </message>
    <message>
        <source>Replicas of other services:</source>
        <translation>그 밖의 서비스 레플리카:</translation>
    </message>
    <message>
        <source>Why the guardrails change (audited)</source>
        <translation>가드레일을 바꾸는 사유 (감사 기록에 남음)</translation>
    </message>
    <message>
        <source>Scaling guardrails — %1</source>
        <comment>scaling guardrails dialog: dialog title</comment>
        <translation>증설·축소 가드레일 — %1</translation>
    </message>
    <message>
        <source> min</source>
        <comment>scaling guardrails dialog</comment>
        <translation>분</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>scaling guardrails dialog: column header</comment>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Minimum</source>
        <comment>scaling guardrails dialog: column header</comment>
        <translation>최소</translation>
    </message>
    <message>
        <source>Maximum</source>
        <comment>scaling guardrails dialog: column header</comment>
        <translation>최대</translation>
    </message>
    <message>
        <source>Add service</source>
        <comment>scaling guardrails dialog: button</comment>
        <translation>서비스 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>scaling guardrails dialog: button</comment>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Runbook defaults</source>
        <comment>scaling guardrails dialog: button</comment>
        <translation>절차서 기본값</translation>
    </message>
    <message>
        <source>Reason:</source>
        <comment>scaling guardrails dialog: form label</comment>
        <translation>사유:</translation>
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
        <translation>다운</translation>
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
    <name>Ops::HealthMonitor</name>
    <message>
        <source>No container for this service.</source>
        <translation>이 서비스의 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <source>No container is running (%1).</source>
        <translation>실행 중인 컨테이너가 없습니다 (%1).</translation>
    </message>
    <message>
        <source>A container reports unhealthy.</source>
        <translation>컨테이너 하나가 비정상으로 보고합니다.</translation>
    </message>
    <message>
        <source>Only %1 of %2 containers running.</source>
        <translation>컨테이너 %2개 중 %1개만 실행 중입니다.</translation>
    </message>
    <message>
        <source>%1 of %2 connections in use (%3)</source>
        <translation>연결 %2개 중 %1개 사용 중 (%3)</translation>
    </message>
    <message>
        <source>%1 firing, %2 pending, %3 targets down</source>
        <translation>발생 %1, 대기 %2, 다운된 수집 대상 %3</translation>
    </message>
    <message>
        <source>Worker queue has more than %1 items.</source>
        <translation>워커 큐에 항목이 %1개를 넘었습니다.</translation>
    </message>
    <message>
        <source>Disk more than %1 full.</source>
        <translation>디스크 사용량이 기준(%1)을 넘었습니다.</translation>
    </message>
    <message>
        <source>Memory more than %1 used.</source>
        <translation>메모리 사용량이 기준(%1)을 넘었습니다.</translation>
    </message>
    <message>
        <source>1. Check all services status (compose ps)</source>
        <translation>1. 전체 서비스 상태 확인 (compose ps)</translation>
    </message>
    <message>
        <source>2. Check database (pg_isready)</source>
        <translation>2. 데이터베이스 확인 (pg_isready)</translation>
    </message>
    <message>
        <source>3. Check Redis (PING)</source>
        <translation>3. Redis 확인 (PING)</translation>
    </message>
    <message>
        <source>4. Check worker queues (INFO, LLEN)</source>
        <translation>4. 워커 큐 확인 (INFO, LLEN)</translation>
    </message>
    <message>
        <source>connected_clients %1, used_memory %2; %3</source>
        <translation>connected_clients %1, used_memory %2; %3</translation>
    </message>
    <message>
        <source>Orchestrator: %1</source>
        <comment>health: healthmonitor</comment>
        <translation>오케스트레이터: %1</translation>
    </message>
    <message>
        <source>API status: %1</source>
        <comment>health: healthmonitor</comment>
        <translation>API 상태: %1</translation>
    </message>
    <message>
        <source>%1 clients, %2 used; queues %3</source>
        <comment>health: healthmonitor</comment>
        <translation>클라이언트 %1개, 메모리 %2 사용 · 큐: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) registered with the API</source>
        <comment>health: healthmonitor</comment>
        <translation>
            <numerusform>API에 등록된 워커 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>not configured</source>
        <comment>health: healthmonitor: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>설정되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) listed</source>
        <comment>health: healthmonitor</comment>
        <translation>
            <numerusform>서비스 %n개 확인됨</numerusform>
        </translation>
    </message>
    <message>
        <source>accepting connections</source>
        <comment>health: healthmonitor: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>연결을 받는 중</translation>
    </message>
    <message>
        <source>not accepting connections</source>
        <comment>health: healthmonitor: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>연결을 받지 않음</translation>
    </message>
    <message>
        <source>PONG in %1</source>
        <comment>health: healthmonitor</comment>
        <translation>%1 만에 PONG</translation>
    </message>
    <message>
        <source>status %1, version %2</source>
        <comment>health: healthmonitor: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>상태 %1, 버전 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <comment>alert value: length of a worker queue</comment>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 firing, %2 pending, %3 silenced, %4 targets down</source>
        <comment>health: the Prometheus tile</comment>
        <translation>발생 %1, 대기 %2, 사일런스 %3, 다운된 수집 대상 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) held</source>
        <comment>health: the Alertmanager tile</comment>
        <translation>
            <numerusform>보관 중인 알림 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>5. Check API endpoints (/health, /docs, /metrics)</source>
        <translation>5. API 엔드포인트 확인 (/health, /docs, /metrics)</translation>
    </message>
    <message>
        <source>6. Check alerts (Prometheus, Alertmanager)</source>
        <translation>6. 알림 확인 (Prometheus, Alertmanager)</translation>
    </message>
    <message>
        <source>the alerts cannot be read: %1</source>
        <comment>health: comprehensive check</comment>
        <translation>알림을 읽을 수 없음: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n critical alert(s) firing</source>
        <comment>health: comprehensive check</comment>
        <translation>
            <numerusform>치명 알림 %n개 발생 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <comment>health: comprehensive check</comment>
        <translation>
            <numerusform>알림 %n개 발생 중</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 firing, %2 pending, %3 silenced</source>
        <comment>health: comprehensive check: alert counts</comment>
        <translation>발생 %1, 대기 %2, 사일런스 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an API path: what went wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <comment>an API path: its HTTP status</comment>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <comment>API paths that answered</comment>
        <translation>응답함: %1</translation>
    </message>
    <message numerus="yes">
        <source>API /health failed %n time(s) in a row: %1</source>
        <translation>
            <numerusform>API /health 확인이 %n회 연속 실패했습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The database connection check failed: %1</source>
        <translation>데이터베이스 연결 확인이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The Redis connection check failed: %1</source>
        <translation>Redis 연결 확인이 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Ops::HostSource</name>
    <message>
        <source>cannot read host figures from Prometheus: %1</source>
        <translation>Prometheus에서 호스트 수치를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>disk %1 used on %2 (above %3)</source>
        <translation>%2의 디스크 %1 사용 중 (%3 초과)</translation>
    </message>
    <message>
        <source>memory %1 used on %2 (above %3)</source>
        <translation>%2의 메모리 %1 사용 중 (%3 초과)</translation>
    </message>
    <message>
        <source>no disk figures from node_exporter</source>
        <translation>node_exporter에서 디스크 수치가 오지 않음</translation>
    </message>
    <message>
        <source>no memory figures from node_exporter</source>
        <translation>node_exporter에서 메모리 수치가 오지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::HttpClient</name>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>%1에 PEM 인증서가 없음</translation>
    </message>
    <message>
        <source>no usable private key (PEM, RSA or EC, unencrypted) in %1</source>
        <translation>%1 파일에 쓸 수 있는 개인 키(PEM, RSA 또는 EC, 암호화되지 않음)가 없음</translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation>이 빌드는 TLS를 지원하지 않음</translation>
    </message>
    <message>
        <source>the server refused the token (401 Unauthorized): the token is wrong or expired</source>
        <translation>서버가 토큰을 거부함(401 Unauthorized): 토큰이 틀렸거나 만료됨</translation>
    </message>
    <message>
        <source>the server wants a token (401 Unauthorized): none is set for this profile</source>
        <translation>서버가 토큰을 요구함(401 Unauthorized): 이 프로필에 설정된 토큰 없음</translation>
    </message>
    <message>
        <source>the token is not allowed to do this (403 Forbidden)</source>
        <translation>토큰에 이 작업 권한이 없음(403 Forbidden)</translation>
    </message>
    <message>
        <source>access forbidden (403): a token may be needed</source>
        <translation>접근 거부(403): 토큰이 필요할 수 있음</translation>
    </message>
    <message>
        <source>not found (404): check the URL and its path prefix</source>
        <translation>찾을 수 없음(404): URL과 경로 접두어 확인 필요</translation>
    </message>
    <message>
        <source>too many requests (429): the server is throttling</source>
        <translation>요청이 너무 많음(429): 서버가 속도를 제한하는 중</translation>
    </message>
    <message>
        <source>server error (HTTP %1)</source>
        <translation>서버 오류(HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>예상하지 못한 응답(HTTP %1)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <comment>net: httpclient: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>%1 파일을 읽을 수 없음</translation>
    </message>
</context>
<context>
    <name>Ops::IncidentEditor</name>
    <message>
        <source>Title</source>
        <comment>incident</comment>
        <translation>제목</translation>
    </message>
    <message>
        <source>Actions taken (one per line)</source>
        <translation>조치 내역 (한 줄에 하나)</translation>
    </message>
    <message>
        <source>Next steps (one per line)</source>
        <translation>다음 단계 (한 줄에 하나)</translation>
    </message>
    <message>
        <source>What happened, what was done…</source>
        <translation>무슨 일이 있었고 무엇을 했는지…</translation>
    </message>
    <message>
        <source>Severity / status</source>
        <comment>incident editor</comment>
        <translation>심각도 / 상태</translation>
    </message>
    <message>
        <source>Impact</source>
        <comment>incident editor</comment>
        <translation>영향</translation>
    </message>
    <message>
        <source>Detected by</source>
        <comment>incident editor</comment>
        <translation>감지 경로</translation>
    </message>
    <message>
        <source>Commander</source>
        <comment>incident editor</comment>
        <translation>대응 책임자</translation>
    </message>
    <message>
        <source>ETA</source>
        <comment>incident editor</comment>
        <translation>예상 해결 시간</translation>
    </message>
    <message>
        <source>Root cause</source>
        <comment>incident editor</comment>
        <translation>근본 원인</translation>
    </message>
    <message>
        <source>Postmortem date</source>
        <comment>incident editor</comment>
        <translation>사후 분석 일정</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <comment>incident editor: shown in the date field when no date is chosen</comment>
        <translation>미정</translation>
    </message>
    <message>
        <source>Add update</source>
        <comment>incident editor: button</comment>
        <translation>업데이트 추가</translation>
    </message>
    <message>
        <source>Copy message (Korean)</source>
        <comment>incident editor: button</comment>
        <translation>공지 복사 (한국어)</translation>
    </message>
    <message>
        <source>Copy message (English)</source>
        <comment>incident editor: button</comment>
        <translation>공지 복사 (영어)</translation>
    </message>
    <message>
        <source>Export incident log</source>
        <comment>incident editor: button</comment>
        <translation>장애 기록 내보내기</translation>
    </message>
    <message>
        <source>Postmortem draft</source>
        <comment>incident editor: button</comment>
        <translation>사후 분석 초안</translation>
    </message>
</context>
<context>
    <name>Ops::IncidentListModel</name>
    <message>
        <source>Title</source>
        <comment>incident</comment>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>incident</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1 (not synced)</source>
        <comment>incidents: incidentlistmodel</comment>
        <translation>%1 (동기화 전)</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <comment>incidents: incidentlistmodel</comment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <comment>incidents: incidentlistmodel: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>%1 만에 해결</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>incidents: incidentlistmodel</comment>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>incidents: incidentlistmodel</comment>
        <translation>시작</translation>
    </message>
    <message>
        <source>Escalation</source>
        <comment>incidents: incidentlistmodel</comment>
        <translation>에스컬레이션</translation>
    </message>
    <message>
        <source>Commander</source>
        <comment>incidents: incidentlistmodel</comment>
        <translation>대응 책임자</translation>
    </message>
</context>
<context>
    <name>Ops::IncidentLog</name>
    <message>
        <source>Prometheus alert %1</source>
        <comment>incidents: incidentlog</comment>
        <translation>Prometheus 알림 %1</translation>
    </message>
    <message>
        <source>Console check %1</source>
        <comment>incidents: incidentlog</comment>
        <translation>콘솔 상태 확인: %1</translation>
    </message>
    <message>
        <source>%1 is failing</source>
        <comment>incidents: incidentlog</comment>
        <translation>%1 장애</translation>
    </message>
    <message>
        <source>Dashboard tile %1</source>
        <comment>incidents: incidentlog</comment>
        <translation>대시보드 타일 %1</translation>
    </message>
</context>
<context>
    <name>Ops::IncidentStore</name>
    <message>
        <source>cannot read the incident log: %1</source>
        <translation>장애 기록을 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>the incident was not saved, and the local journal failed: %1</source>
        <translation>장애를 저장하지 못했고 로컬 저널 기록도 실패함: %1</translation>
    </message>
    <message>
        <source>the incident was not saved: %1</source>
        <translation>장애를 저장하지 못함: %1</translation>
    </message>
    <message>
        <source>the update was not saved, and the local journal failed: %1</source>
        <translation>업데이트를 저장하지 못했고 로컬 저널 기록도 실패함: %1</translation>
    </message>
    <message>
        <source>the update was not saved: %1</source>
        <translation>업데이트를 저장하지 못함: %1</translation>
    </message>
    <message>
        <source>the incident journal was not replayed: %1</source>
        <translation>장애 저널을 다시 반영하지 못함: %1</translation>
    </message>
</context>
<context>
    <name>Ops::IncidentTemplate</name>
    <message>
        <source>Incident</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Actions Taken</source>
        <translation>조치 내역</translation>
    </message>
    <message>
        <source>Next Steps</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>예상 해결 시간</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>미정</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>조사 중</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>원인 파악됨</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>모니터링 중</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>사후 분석</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Alerts that fired</source>
        <translation>발생한 알림</translation>
    </message>
    <message>
        <source>Resolution Checklist</source>
        <translation>해결 체크리스트</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>근본 원인</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>해결 시각</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>대응 책임자</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>감지 경로</translation>
    </message>
    <message>
        <source>Postmortem date</source>
        <translation>사후 분석 일정</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>서비스 복구</translation>
    </message>
    <message>
        <source>Root cause identified</source>
        <translation>근본 원인 파악</translation>
    </message>
    <message>
        <source>Monitoring shows normal behavior</source>
        <translation>모니터링 정상 확인</translation>
    </message>
    <message>
        <source>Team notified</source>
        <translation>팀 공지</translation>
    </message>
    <message>
        <source>Incident log updated</source>
        <translation>장애 기록 갱신</translation>
    </message>
    <message>
        <source>Postmortem scheduled</source>
        <translation>사후 분석 일정 확정</translation>
    </message>
</context>
<context>
    <name>Ops::IncidentsPage</name>
    <message>
        <source>Search title, impact, timeline…</source>
        <translation>제목, 영향, 타임라인 검색…</translation>
    </message>
    <message>
        <source>No profile: local journal only</source>
        <translation>프로필 없음: 로컬 저널만 사용</translation>
    </message>
    <message>
        <source>Database unreachable: working offline</source>
        <translation>데이터베이스 연결 불가: 오프라인으로 작업 중</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>동기화 대기 중인 변경 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting change(s) kept aside</source>
        <translation>
            <numerusform>충돌로 따로 보관한 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3 since the start</source>
        <translation>%1 %2 — 시작 후 %3</translation>
    </message>
    <message>
        <source>Appended to %1 (and copied)</source>
        <translation>%1에 추가함 (클립보드에도 복사)</translation>
    </message>
    <message>
        <source>Postmortem draft written to %1 (and copied)</source>
        <translation>사후 분석 초안을 %1에 저장함 (클립보드에도 복사)</translation>
    </message>
    <message>
        <source>Another console changed &quot;%1&quot; (version %2) while you were editing it. Keep your version, or take theirs?</source>
        <translation>편집하는 동안 다른 콘솔이 이 장애를 변경했습니다: &quot;%1&quot; (버전 %2). 내 버전을 유지할까요, 상대 버전을 받을까요?</translation>
    </message>
    <message>
        <source>Yours: %1 — %2
Theirs: %3 — %4</source>
        <translation>내 버전: %1 — %2
상대 버전: %3 — %4</translation>
    </message>
    <message>
        <source>New incident</source>
        <comment>incidents page</comment>
        <translation>새 장애</translation>
    </message>
    <message>
        <source>Incidents</source>
        <comment>incidents page: title</comment>
        <translation>장애</translation>
    </message>
    <message>
        <source>New incident</source>
        <comment>incidents page: button</comment>
        <translation>새 장애</translation>
    </message>
    <message>
        <source>any date</source>
        <comment>incidents page: shown in the date field when no date is chosen</comment>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <comment>incidents page</comment>
        <translation>진행 중인 장애</translation>
    </message>
    <message>
        <source>All statuses</source>
        <comment>incidents page</comment>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All severities</source>
        <comment>incidents page</comment>
        <translation>모든 심각도</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>incidents page</comment>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <comment>incidents page</comment>
        <translation>%1 만에 해결</translation>
    </message>
    <message>
        <source>next level in %1</source>
        <comment>incidents page</comment>
        <translation>%1 후 다음 레벨로 에스컬레이션</translation>
    </message>
    <message>
        <source>P0: all hands</source>
        <comment>incidents page</comment>
        <translation>P0: 전원 대응</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <comment>incidents page: status text</comment>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <comment>incidents page</comment>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Incident changed elsewhere</source>
        <comment>incidents page: dialog title</comment>
        <translation>다른 곳에서 장애가 변경됨</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <comment>incidents page: dialog button</comment>
        <translation>내 버전 유지</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <comment>incidents page: dialog button</comment>
        <translation>상대 버전 받기</translation>
    </message>
</context>
<context>
    <name>Ops::KubectlDeploymentsParser</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>JSON 객체가 아님: %1</translation>
    </message>
    <message>
        <source>the JSON has no &quot;items&quot; list of deployments</source>
        <translation>JSON에 디플로이먼트 목록(&quot;items&quot;)이 없음</translation>
    </message>
    <message>
        <source>the list of deployments is %1, more than the %2 the console reads: it was not read</source>
        <translation>디플로이먼트 목록 크기 %1, 콘솔이 읽는 한도 %2 초과: 읽지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::KubernetesOrchestrator</name>
    <message>
        <source>this profile&apos;s stack is not a Kubernetes cluster</source>
        <translation>이 프로필의 스택은 Kubernetes 클러스터가 아님</translation>
    </message>
    <message>
        <source>kubectl printed no JSON list: %1</source>
        <translation>kubectl이 JSON 목록을 출력하지 않음: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid container name</source>
        <translation>올바른 컨테이너 이름이 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image name</source>
        <translation>올바른 이미지 이름이 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid version (a tag like 0.2.1, or sha256: and 64 hex digits)</source>
        <translation>올바른 버전이 아님: &quot;%1&quot; (0.2.1 같은 태그나 sha256: 뒤 16진수 64자리)</translation>
    </message>
    <message>
        <source>the image of deployment(s) %1 is not known yet (the cluster has not been listed): a rollback sets the tag of each deployment&apos;s own image only</source>
        <translation>아직 이미지를 알 수 없는 디플로이먼트: %1 (클러스터 목록을 아직 읽지 않음). 롤백은 각 디플로이먼트 자신의 이미지 태그만 바꿈</translation>
    </message>
    <message>
        <source>kubectl printed %1, more than the %2 the console reads: it was not read</source>
        <translation>kubectl 출력 크기 %1, 콘솔이 읽는 한도 %2 초과: 읽지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::LogsPage</name>
    <message>
        <source>The log stream ended.</source>
        <translation>로그 스트림이 끝났습니다.</translation>
    </message>
    <message>
        <source>The log stream ended: %1</source>
        <translation>로그 스트림이 끝났습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>%n줄을 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines/s · %2 received · %3 kept (newest %4)%5</source>
        <translation>초당 %1줄 · %2줄 수신 · %3줄 보관 (최근 %4줄까지 보관)%5</translation>
    </message>
    <message>
        <source>Logs of every service; choose one or more to narrow</source>
        <translation>모든 서비스의 로그입니다. 하나 이상 골라 좁힐 수 있습니다</translation>
    </message>
    <message>
        <source>All services</source>
        <comment>logs page</comment>
        <translation>모든 서비스</translation>
    </message>
    <message>
        <source>All services</source>
        <comment>logs page: button</comment>
        <translation>모든 서비스</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <comment>logs page: button</comment>
        <translation>
            <numerusform>서비스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No active profile.</source>
        <comment>logs page: status text</comment>
        <translation>활성 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <comment>logs page: status text</comment>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source> · paused</source>
        <comment>logs page</comment>
        <translation> · 일시 정지됨</translation>
    </message>
    <message>
        <source>Logs</source>
        <comment>logs page: title</comment>
        <translation>로그</translation>
    </message>
    <message>
        <source>All levels</source>
        <comment>logs page: choice in a drop-down list</comment>
        <translation>모든 수준</translation>
    </message>
    <message>
        <source>INFO and above</source>
        <comment>logs page: choice in a drop-down list</comment>
        <translation>INFO 이상</translation>
    </message>
    <message>
        <source>WARN and above</source>
        <comment>logs page: choice in a drop-down list</comment>
        <translation>WARN 이상</translation>
    </message>
    <message>
        <source>ERROR only</source>
        <comment>logs page: choice in a drop-down list</comment>
        <translation>ERROR만</translation>
    </message>
    <message>
        <source>Tail</source>
        <comment>logs page: label</comment>
        <translation>마지막 줄 수</translation>
    </message>
    <message>
        <source>Search (regular expression)</source>
        <comment>logs page: placeholder text in an empty field</comment>
        <translation>검색 (정규식)</translation>
    </message>
    <message>
        <source>Follow</source>
        <comment>logs page: check box</comment>
        <translation>자동 스크롤</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <comment>logs page: check box</comment>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>logs page: button</comment>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>logs page: button</comment>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>logs page: button</comment>
        <translation>중지</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>logs page: button</comment>
        <translation>시작</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>logs page: button</comment>
        <translation>저장</translation>
    </message>
    <message>
        <source>Stopped while the page is not shown; it follows again when you come back.</source>
        <translation>페이지가 보이지 않는 동안 멈췄습니다. 다시 돌아오면 다시 따라갑니다.</translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>logs page: label; how many log lines are kept in memory</comment>
        <translation>보관</translation>
    </message>
    <message>
        <source> lines</source>
        <comment>logs page: suffix of the number of log lines kept</comment>
        <translation> 줄</translation>
    </message>
    <message>
        <source>How many of the newest lines are kept in memory (older ones are dropped)</source>
        <translation>메모리에 보관할 최신 줄 수 (그보다 오래된 줄은 버립니다)</translation>
    </message>
</context>
<context>
    <name>Ops::Main</name>
    <message>
        <source>The profile file has no profile named &quot;%1&quot;.</source>
        <translation>프로필 파일에 &quot;%1&quot; 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;. Saved: %2.</source>
        <translation>저장된 프로필 중에 &quot;%1&quot; 프로필이 없습니다. 저장된 프로필: %2.</translation>
    </message>
    <message>
        <source>Cannot write the stall log %1.</source>
        <translation>지연 기록 파일 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>No profile: use --profile NAME or --profile-file FILE.</source>
        <translation>프로필이 없습니다: --profile 이름 또는 --profile-file 파일을 지정하세요.</translation>
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
        <source>No profile: add one on the Settings page</source>
        <translation>프로필이 없습니다. 설정 페이지에서 추가하세요</translation>
    </message>
    <message>
        <source>Profile: %1 (from file, not saved)</source>
        <translation>프로필: %1 (파일에서 불러옴, 저장 안 됨)</translation>
    </message>
    <message>
        <source>PRODUCTION · read-only until armed</source>
        <translation>프로덕션 · 작업 활성화 전까지 읽기 전용</translation>
    </message>
    <message>
        <source>Profile files (*.json);;All files (*)</source>
        <translation>프로필 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>main window: menu</comment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <comment>main window: menu item</comment>
        <translation>프로필 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <comment>main window: menu item</comment>
        <translation>프로필 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>main window: menu item</comment>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>main window: menu</comment>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>main window: menu</comment>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>main window: menu</comment>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <comment>main window: menu item</comment>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <comment>main window: label</comment>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <comment>main window</comment>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <source>Stack: %1 %2</source>
        <comment>main window</comment>
        <translation>스택: %1 %2</translation>
    </message>
    <message>
        <source>Stack: checking…</source>
        <comment>main window</comment>
        <translation>스택: 상태 확인 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <comment>main window</comment>
        <translation>
            <numerusform>알림 %n개 발생 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Import profiles</source>
        <comment>main window: file dialog title</comment>
        <translation>프로필 가져오기</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <comment>main window: dialog title</comment>
        <translation>프로필 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1</source>
        <comment>main window</comment>
        <translation>
            <numerusform>프로필 %n개를 가져왔습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <comment>main window: file dialog title</comment>
        <translation>프로필 내보내기</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <comment>main window: file type filter</comment>
        <translation>프로필 파일 (*.json)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <comment>main window: dialog title</comment>
        <translation>프로필 내보내기</translation>
    </message>
    <message>
        <source>Profile not changed</source>
        <comment>main window: message title</comment>
        <translation>프로필을 바꾸지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceActivity</name>
    <message>
        <source>Alertmanager silence: %1</source>
        <comment>maintenance: maintenanceactivity</comment>
        <translation>Alertmanager 사일런스: %1</translation>
    </message>
    <message>
        <source>Alertmanager silence %1 expired</source>
        <comment>maintenance: maintenanceactivity</comment>
        <translation>Alertmanager 사일런스 %1 만료됨</translation>
    </message>
    <message>
        <source>Alertmanager silence %1 created</source>
        <comment>maintenance: maintenanceactivity</comment>
        <translation>Alertmanager 사일런스 %1 생성됨</translation>
    </message>
    <message>
        <source>Maintenance window: %1</source>
        <comment>maintenance: maintenanceactivity</comment>
        <translation>점검 시간대: %1</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceBackup</name>
    <message>
        <source>the profile has no absolute backups folder</source>
        <translation>프로필에 절대 경로로 된 백업 폴더가 없음</translation>
    </message>
    <message>
        <source>cannot create the backups folder %1</source>
        <translation>백업 폴더를 만들 수 없음: %1</translation>
    </message>
    <message>
        <source>the profile&apos;s database or user name cannot be passed to pg_dump safely</source>
        <translation>프로필의 데이터베이스 이름이나 사용자 이름을 pg_dump에 안전하게 넘길 수 없음</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <comment>maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>pg_dump wrote nothing</source>
        <comment>maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>pg_dump가 아무것도 출력하지 않음</translation>
    </message>
    <message>
        <source>the backup could not be written to disk</source>
        <translation>백업을 디스크에 쓰지 못함</translation>
    </message>
    <message>
        <source>cannot rename the backup into place: %1</source>
        <translation>백업 파일을 최종 이름으로 바꿀 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceBanner</name>
    <message>
        <source>Upcoming maintenance: %1, from %2 to %3.</source>
        <translation>예정된 점검: %1 (%2 ~ %3).</translation>
    </message>
    <message>
        <source>Maintenance in progress: %1, until %2. Alerts of the stack are expected; desktop notifications are paused.</source>
        <translation>점검 중: %1 (%2까지). 이 스택의 알림은 점검 때문이며, 데스크톱 알림을 잠시 끕니다.</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceChecklist</name>
    <message>
        <source>Notify users 24 hours in advance</source>
        <translation>24시간 전에 사용자에게 공지</translation>
    </message>
    <message>
        <source>Test maintenance procedure in staging</source>
        <translation>스테이징에서 점검 절차 테스트</translation>
    </message>
    <message>
        <source>The pre-maintenance checklist is not complete (%1). Tick the items or override with a reason.</source>
        <translation>점검 전 체크리스트가 끝나지 않았습니다(미체크: %1). 항목을 체크하거나 사유를 적고 강행하세요.</translation>
    </message>
    <message>
        <source>Create backup</source>
        <comment>maintenance: maintenancechecklist: state or name word</comment>
        <translation>백업 생성</translation>
    </message>
    <message>
        <source>Prepare rollback plan</source>
        <comment>maintenance: maintenancechecklist: state or name word</comment>
        <translation>롤백 계획 준비</translation>
    </message>
    <message>
        <source>Assign on-call engineer</source>
        <comment>maintenance: maintenancechecklist: state or name word</comment>
        <translation>당직 엔지니어 지정</translation>
    </message>
    <message>
        <source>Update status page</source>
        <comment>maintenance: maintenancechecklist: state or name word</comment>
        <translation>상태 페이지 갱신</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceFlagProbe</name>
    <message>
        <source>the console is not connected to this stack</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceFlagSwitch</name>
    <message>
        <source>the console is not connected to this stack</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceHealthChecks</name>
    <message>
        <source>watching /health every %1 s for %2 min</source>
        <translation>%2분 동안 %1초마다 /health 확인 중</translation>
    </message>
    <message>
        <source>no HTTP client</source>
        <comment>maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>HTTP 클라이언트 없음</translation>
    </message>
    <message>
        <source>/health answered healthy</source>
        <comment>maintenance: maintenancerun</comment>
        <translation>/health 응답: 정상</translation>
    </message>
    <message>
        <source>/health answered HTTP %1, status &quot;%2&quot;</source>
        <translation>/health 응답: HTTP %1, 상태 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenancePage</name>
    <message>
        <source>Saved locally; it goes to the database when it is back.</source>
        <translation>로컬에 저장했습니다. 데이터베이스가 다시 연결되면 반영됩니다.</translation>
    </message>
    <message>
        <source>No connection profile is active.</source>
        <translation>활성 연결 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>The console is not connected to this stack.</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Save the window first.</source>
        <translation>먼저 점검 시간대를 저장하세요.</translation>
    </message>
    <message>
        <source>Override: why the run may start with unticked items (recorded)</source>
        <translation>강행 사유: 미체크 항목이 있어도 시작하는 사유 (감사 기록에 남음)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <comment>maintenance page</comment>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>ticked by %1, %2</source>
        <comment>maintenance page</comment>
        <translation>체크: %1, %2</translation>
    </message>
    <message>
        <source>unticked by %1, %2</source>
        <comment>maintenance page</comment>
        <translation>체크 해제: %1, %2</translation>
    </message>
    <message>
        <source>= %1</source>
        <comment>the UTC time typed beside it, on the local clock</comment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>New window at the runbook&apos;s recommended time, Sunday 02:00–04:00 UTC (lowest traffic for the runbook&apos;s users): %1 – %2.</source>
        <translation>절차서 권장 시간(일요일 02:00–04:00 UTC, 절차서 기준 트래픽 최저)으로 새 점검 시간대를 만듭니다: %1 – %2.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>maintenance page: title</comment>
        <translation>점검</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>maintenance page: column header</comment>
        <translation>점검 시간대</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>maintenance page: column header</comment>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <comment>maintenance page: column header</comment>
        <translation>종료</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>maintenance page: column header</comment>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>maintenance page: column header</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>New window</source>
        <comment>maintenance page: button</comment>
        <translation>새 점검 시간대</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>maintenance page: button</comment>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel window</source>
        <comment>maintenance page: button</comment>
        <translation>점검 시간대 취소</translation>
    </message>
    <message>
        <source>Emergency maintenance</source>
        <comment>maintenance page: button</comment>
        <translation>긴급 점검</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>maintenance page: group box title</comment>
        <translation>점검 시간대</translation>
    </message>
    <message>
        <source>Title:</source>
        <comment>maintenance page: form label</comment>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <comment>maintenance page: form label</comment>
        <translation>담당자:</translation>
    </message>
    <message>
        <source>Start:</source>
        <comment>maintenance page: form label</comment>
        <translation>시작:</translation>
    </message>
    <message>
        <source>End:</source>
        <comment>maintenance page: form label</comment>
        <translation>종료:</translation>
    </message>
    <message>
        <source>Description:</source>
        <comment>maintenance page: form label</comment>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Pre-maintenance checklist</source>
        <comment>maintenance page: group box title</comment>
        <translation>점검 전 체크리스트</translation>
    </message>
    <message>
        <source>Resume the maintenance run</source>
        <comment>maintenance page: dialog title</comment>
        <translation>점검 실행 재개</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was running when the console stopped; it may or may not have finished. Run it again, or continue as if it had finished?</source>
        <translation>콘솔이 멈췄을 때 &quot;%1&quot; 단계가 실행 중이었습니다. 끝났는지는 알 수 없습니다. 다시 실행할까요, 아니면 끝난 것으로 보고 계속할까요?</translation>
    </message>
    <message>
        <source>Run it again</source>
        <comment>maintenance page: dialog button</comment>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>It finished: continue</source>
        <comment>maintenance page: dialog button</comment>
        <translation>완료됨: 계속</translation>
    </message>
    <message>
        <source>A maintenance run of “%1” started %2 did not finish: the console stopped at step %3 of %4, “%5” (%6). Finished steps will not run again.</source>
        <translation>끝나지 않은 점검 실행이 있습니다: “%1”, 시작 %2. 콘솔이 전체 %4단계 중 %3단계 “%5”(%6)에서 멈췄습니다. 끝난 단계는 다시 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>It was running when the console stopped: you will be asked whether it finished.</source>
        <translation>콘솔이 멈출 때 실행 중이었습니다. 완료되었는지 묻습니다.</translation>
    </message>
    <message>
        <source>The backup file %1 is complete.</source>
        <translation>백업 파일이 완전합니다: %1</translation>
    </message>
    <message>
        <source>The backup file %1 was not completed.</source>
        <translation>백업 파일이 완료되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The public site is still behind the maintenance page (NGINX&apos;s flag is set).</source>
        <translation>공개 사이트가 아직 점검 페이지 뒤에 있습니다(NGINX 점검 플래그가 설정되어 있습니다).</translation>
    </message>
    <message>
        <source>NGINX serves the site normally (its maintenance flag is not set).</source>
        <translation>NGINX가 사이트를 정상적으로 제공합니다(점검 플래그가 설정되어 있지 않습니다).</translation>
    </message>
    <message>
        <source>Checking whether the public site is behind the maintenance page…</source>
        <translation>공개 사이트가 점검 페이지 뒤에 있는지 확인하는 중…</translation>
    </message>
    <message>
        <source>Whether the public site is behind the maintenance page is unknown: %1</source>
        <translation>공개 사이트가 점검 페이지 뒤에 있는지 알 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>maintenance page: button</comment>
        <translation>재개</translation>
    </message>
    <message>
        <source>Abort the run</source>
        <comment>maintenance page: button</comment>
        <translation>실행 중단</translation>
    </message>
    <message>
        <source>Takes the operator lock, restores normal mode if the site may be behind the maintenance page, and records the end of the run.</source>
        <translation>운영자 잠금을 얻고, 사이트가 점검 페이지 뒤에 있을 수 있으면 정상 모드로 되돌린 뒤 실행 종료를 감사 기록에 남깁니다.</translation>
    </message>
    <message>
        <source>This production profile is read-only until it is armed (Scaling page).</source>
        <translation>이 프로덕션 프로필은 작업 활성화 전까지 읽기 전용입니다 (증설·축소 페이지).</translation>
    </message>
    <message>
        <source>Connecting to the stack&apos;s database…</source>
        <translation>스택의 데이터베이스에 연결하는 중…</translation>
    </message>
    <message>
        <source>aborted by %1 after the console had stopped</source>
        <translation>콘솔이 멈춘 뒤 중단함 — %1</translation>
    </message>
    <message>
        <source>A run that did not finish is waiting: resume or abort it first.</source>
        <translation>끝나지 않은 실행이 있습니다. 먼저 재개하거나 중단하십시오.</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceRun</name>
    <message>
        <source>%1 checks of /health, %2 failed</source>
        <translation>/health 확인 %1회, 실패 %2회</translation>
    </message>
    <message>
        <source>drained after %1 s (%2 requests/s)</source>
        <translation>%1초 만에 요청이 빠짐 (초당 %2건)</translation>
    </message>
    <message>
        <source>checklist overridden (%1 not ticked): %2</source>
        <translation>체크리스트 미완료 상태로 강행함(미체크 %1개): %2</translation>
    </message>
    <message>
        <source>a maintenance run is already in progress</source>
        <translation>점검 절차가 이미 진행 중임</translation>
    </message>
    <message>
        <source>the console is not connected to this stack</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>no maintenance window selected</source>
        <translation>선택한 점검 시간대가 없음</translation>
    </message>
    <message>
        <source>ended early by %1 after %2 checks (%3 failed): %4</source>
        <translation>조기 종료함(종료한 사용자: %1, 확인 %2회, 실패 %3회): %4</translation>
    </message>
    <message>
        <source>continued without a full drain: %1</source>
        <translation>요청이 다 빠지지 않은 채 계속함: %1</translation>
    </message>
    <message>
        <source>NGINX serves the maintenance page</source>
        <translation>NGINX가 점검 페이지를 제공하는 중</translation>
    </message>
    <message>
        <source>NGINX serves the API again</source>
        <translation>NGINX가 다시 API를 제공하는 중</translation>
    </message>
    <message>
        <source>could not restore normal mode: %1</source>
        <translation>정상 모드로 되돌리지 못함: %1</translation>
    </message>
    <message>
        <source>watching the request rate (at most %1 s, drained at ≤ %2 requests/s)</source>
        <translation>요청률 확인 중 (최대 %1초, 초당 %2건 이하가 되면 요청이 빠진 것으로 봄)</translation>
    </message>
    <message>
        <source>Database migrations</source>
        <comment>maintenance: maintenancerun</comment>
        <translation>데이터베이스 마이그레이션</translation>
    </message>
    <message>
        <source>System updates</source>
        <comment>maintenance: maintenancerun</comment>
        <translation>시스템 업데이트</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <comment>maintenance: maintenancerun</comment>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>%1 s: %2 requests/s</source>
        <comment>maintenance: maintenancerun</comment>
        <translation>%1초: 초당 요청 %2건</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <comment>maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>확인함(확인한 사용자: %1)</translation>
    </message>
    <message>
        <source>normal mode restored</source>
        <comment>maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>정상 모드로 복귀함</translation>
    </message>
    <message>
        <source>%1 written (%2 bytes)</source>
        <comment>maintenance: maintenancerun</comment>
        <translation>%1 작성됨 (%2바이트)</translation>
    </message>
    <message>
        <source>aborted by %1</source>
        <comment>maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>중단함(중단한 사용자: %1)</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <comment>maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>중단됨: %1</translation>
    </message>
    <message>
        <source>restoring normal mode</source>
        <comment>maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>정상 모드로 되돌리는 중</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>stopped before this step: %1. Retry takes the operator lock again.</source>
        <translation>이 단계 전에 멈춤: %1. 다시 시도하면 운영자 잠금을 다시 얻음</translation>
    </message>
    <message>
        <source>the saved maintenance run does not match this console&apos;s steps</source>
        <translation>저장된 점검 실행이 이 콘솔의 단계와 맞지 않음</translation>
    </message>
    <message>
        <source>interrupted by a crash; the operator confirmed it had finished</source>
        <translation>비정상 종료로 도중에 끊김; 운영자가 완료된 것으로 확인함</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceRunView</name>
    <message>
        <source>Taking the operator lock…</source>
        <translation>운영자 잠금을 얻는 중…</translation>
    </message>
    <message>
        <source>Aborting: restoring normal mode…</source>
        <translation>중단 중: 정상 모드로 복귀하는 중…</translation>
    </message>
    <message>
        <source>Aborted; normal mode restored.</source>
        <translation>중단했습니다. 정상 모드로 복귀했습니다.</translation>
    </message>
    <message>
        <source>%1 failed: retry it or abort.</source>
        <translation>%1 실패: 다시 시도하거나 중단하세요.</translation>
    </message>
    <message>
        <source>Note or reason (recorded)</source>
        <translation>메모·사유 (감사 기록)</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <comment>maintenance page, guided procedure</comment>
        <translation>%1:%2 남음</translation>
    </message>
    <message>
        <source>End monitoring</source>
        <comment>maintenance page, guided procedure: button</comment>
        <translation>모니터링 종료</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <comment>maintenance page, guided procedure</comment>
        <translation>그래도 계속</translation>
    </message>
    <message>
        <source>Done, continue</source>
        <comment>maintenance page, guided procedure</comment>
        <translation>완료, 계속</translation>
    </message>
    <message>
        <source>Not running.</source>
        <comment>maintenance page, guided procedure</comment>
        <translation>실행 중이 아닙니다.</translation>
    </message>
    <message>
        <source>Completed. Backup: %1</source>
        <comment>maintenance page, guided procedure</comment>
        <translation>완료되었습니다. 백업: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>maintenance page, guided procedure</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <comment>maintenance page, guided procedure</comment>
        <translation>확인 대기: %1</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <comment>maintenance page, guided procedure</comment>
        <translation>실행 중: %1</translation>
    </message>
    <message>
        <source>Guided procedure</source>
        <comment>maintenance page, guided procedure: title</comment>
        <translation>단계별 절차</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>maintenance page, guided procedure: column header</comment>
        <translation>단계</translation>
    </message>
    <message>
        <source>State</source>
        <comment>maintenance page, guided procedure: column header</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>maintenance page, guided procedure: column header</comment>
        <translation>진행</translation>
    </message>
    <message>
        <source>Start…</source>
        <comment>maintenance page, guided procedure: button</comment>
        <translation>시작…</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>maintenance page, guided procedure: button</comment>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Abort</source>
        <comment>maintenance page, guided procedure: button</comment>
        <translation>중단</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceScheduler</name>
    <message>
        <source>No connection profile is active.</source>
        <translation>활성 연결 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>No such maintenance window.</source>
        <translation>해당 점검 시간대가 없습니다.</translation>
    </message>
    <message>
        <source>A window that is running or already closed cannot be cancelled.</source>
        <translation>진행 중이거나 이미 끝난 점검 시간대는 취소할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceSmokeTest</name>
    <message>
        <source>the smoke test did not finish within 120 s</source>
        <translation>스모크 테스트가 120초 안에 끝나지 않음</translation>
    </message>
    <message>
        <source>the smoke test failed (exit code %1)</source>
        <translation>스모크 테스트 실패 (종료 코드 %1)</translation>
    </message>
    <message>
        <source>the smoke test passed</source>
        <translation>스모크 테스트 통과</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceSteps</name>
    <message>
        <source>Enable maintenance mode</source>
        <comment>maintenance: maintenancerun: state or name word</comment>
        <translation>점검 모드 켜기</translation>
    </message>
    <message>
        <source>Wait for active requests to complete</source>
        <translation>진행 중인 요청이 끝날 때까지 대기</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>Perform maintenance</source>
        <comment>maintenance: maintenancerun: state or name word</comment>
        <translation>점검 작업 수행</translation>
    </message>
    <message>
        <source>Run the smoke test</source>
        <translation>스모크 테스트 실행</translation>
    </message>
    <message>
        <source>Disable maintenance mode</source>
        <comment>maintenance: maintenancerun: state or name word</comment>
        <translation>점검 모드 끄기</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>maintenance: maintenancerun: state or name word</comment>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>Quick announcement (status page / Slack)</source>
        <translation>빠른 공지 (상태 페이지 / Slack)</translation>
    </message>
    <message>
        <source>Execute the fix</source>
        <comment>maintenance: maintenancerun: state or name word</comment>
        <translation>수정 조치 실행</translation>
    </message>
    <message>
        <source>Verify /health</source>
        <comment>maintenance: maintenancerun: state or name word</comment>
        <translation>/health 확인</translation>
    </message>
    <message>
        <source>Post the resolution notice</source>
        <translation>해결 공지 게시</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>maintenance step</comment>
        <translation>대기</translation>
    </message>
    <message>
        <source>running</source>
        <comment>maintenance step</comment>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <comment>maintenance step</comment>
        <translation>확인 대기</translation>
    </message>
    <message>
        <source>done</source>
        <comment>maintenance step</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>maintenance step</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>maintenance step</comment>
        <translation>건너뜀</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceStore</name>
    <message>
        <source>cannot read the maintenance schedule (showing the local copy): %1</source>
        <translation>점검 일정을 읽을 수 없음 (로컬 사본 표시 중): %1</translation>
    </message>
    <message>
        <source>earlier changes are still waiting for the database</source>
        <translation>이전 변경 사항이 아직 데이터베이스 반영을 기다리는 중</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <comment>maintenance: maintenancestore: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>기록하지 못함: %1</translation>
    </message>
    <message>
        <source>no database</source>
        <comment>maintenance: maintenancestore: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>데이터베이스 없음</translation>
    </message>
</context>
<context>
    <name>Ops::MaintenanceWindow</name>
    <message>
        <source>The window needs a title.</source>
        <translation>점검 시간대에 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>The window needs a start and an end.</source>
        <translation>점검 시간대에 시작과 끝 시각이 필요합니다.</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>점검 시간대의 끝 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>A maintenance window cannot be longer than 24 hours.</source>
        <translation>점검 시간대는 24시간을 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>maintenance window status</comment>
        <translation>예정</translation>
    </message>
    <message>
        <source>running</source>
        <comment>maintenance window status</comment>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>maintenance window status</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>aborted</source>
        <comment>maintenance window status</comment>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>maintenance window status</comment>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <comment>maintenance: maintenancewindow</comment>
        <translation>계획 점검</translation>
    </message>
    <message>
        <source>Emergency maintenance</source>
        <comment>maintenance: maintenancewindow</comment>
        <translation>긴급 점검</translation>
    </message>
</context>
<context>
    <name>Ops::Metrics::ChartUnitText</name>
    <message>
        <source>none</source>
        <comment>unit</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>req/s</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>요청/초</translation>
    </message>
    <message>
        <source>%</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>s</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>초</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>ms</translation>
    </message>
    <message>
        <source>GiB</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>KiB</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>KiB</translation>
    </message>
    <message>
        <source>B</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>no value</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>requests per second</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>초당 요청 수</translation>
    </message>
    <message>
        <source>percent</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>퍼센트</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>초</translation>
    </message>
    <message>
        <source>bytes</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>바이트</translation>
    </message>
    <message>
        <source>count</source>
        <comment>chart unit: axis title, value suffix or unit menu</comment>
        <translation>개수</translation>
    </message>
</context>
<context>
    <name>Ops::Metrics::ChartsModel</name>
    <message>
        <source>This profile has no Prometheus: the console scrapes the API&apos;s /metrics itself.</source>
        <translation>이 프로필에는 Prometheus가 없어 콘솔이 API의 /metrics를 직접 수집합니다.</translation>
    </message>
    <message>
        <source>This panel has no query.</source>
        <translation>이 패널에는 쿼리가 없습니다.</translation>
    </message>
    <message>
        <source>Prometheus is unreachable (%1): the console scrapes the API&apos;s /metrics itself and computes these panels client-side.</source>
        <translation>Prometheus에 연결할 수 없어(%1) 콘솔이 API의 /metrics를 직접 수집하고 이 패널들을 직접 계산합니다.</translation>
    </message>
    <message>
        <source>Prometheus could not answer: %1</source>
        <translation>Prometheus가 응답하지 못함: %1</translation>
    </message>
    <message>
        <source>No data in this time range.</source>
        <translation>이 시간 범위에 데이터가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::Metrics::ClientScraper</name>
    <message>
        <source>the API&apos;s /metrics answered HTTP %1</source>
        <translation>API의 /metrics 응답: HTTP %1</translation>
    </message>
    <message>
        <source>the API&apos;s /metrics is unreachable: %1</source>
        <translation>API의 /metrics에 연결할 수 없음: %1</translation>
    </message>
    <message>
        <source>the API&apos;s /metrics could not be read: %1</source>
        <translation>API의 /metrics를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>Needs Prometheus: the console cannot compute this panel from the API&apos;s /metrics.</source>
        <translation>Prometheus가 필요합니다: 이 패널은 API의 /metrics만으로 계산할 수 없습니다.</translation>
    </message>
    <message>
        <source>Collecting: rates need two scrapes of /metrics.</source>
        <translation>수집 중: 비율을 계산하려면 /metrics를 두 번 수집해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Ops::Metrics::PanelCatalog</name>
    <message>
        <source>Request rate by status</source>
        <translation>상태별 요청률</translation>
    </message>
    <message>
        <source>Response time p50 / p95 / p99</source>
        <translation>응답 시간 p50 / p95 / p99</translation>
    </message>
    <message>
        <source>scale app (p95 500 ms)</source>
        <translation>app 증설 (p95 500ms)</translation>
    </message>
    <message>
        <source>alert (p95 1 s)</source>
        <translation>알림 (p95 1초)</translation>
    </message>
    <message>
        <source>90 % of max_connections</source>
        <translation>max_connections의 90%</translation>
    </message>
    <message>
        <source>scale app (70 %)</source>
        <translation>app 증설 (70%)</translation>
    </message>
    <message>
        <source>5xx error rate</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>5xx 오류율</translation>
    </message>
    <message>
        <source>5xx share</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>5xx 비율</translation>
    </message>
    <message>
        <source>5 % errors</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>오류 5%</translation>
    </message>
    <message>
        <source>Worker queue length</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>워커 큐 길이</translation>
    </message>
    <message>
        <source>backlog (100)</source>
        <comment>chart panel: series legend or threshold label</comment>
        <translation>적체 (100)</translation>
    </message>
    <message>
        <source>PostgreSQL connections</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>PostgreSQL 연결</translation>
    </message>
    <message>
        <source>backends</source>
        <comment>chart panel: series legend or threshold label</comment>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>Redis 메모리</translation>
    </message>
    <message>
        <source>used</source>
        <comment>chart panel: series legend or threshold label</comment>
        <translation>사용량</translation>
    </message>
    <message>
        <source>Replicas and workers</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>레플리카와 워커</translation>
    </message>
    <message>
        <source>Host CPU</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>호스트 CPU</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>CPU 사용</translation>
    </message>
    <message>
        <source>Host memory</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>호스트 메모리</translation>
    </message>
    <message>
        <source>memory used</source>
        <comment>chart panel: series legend or threshold label</comment>
        <translation>메모리 사용량</translation>
    </message>
    <message>
        <source>90 % used</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>90% 사용</translation>
    </message>
    <message>
        <source>Host disk</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>호스트 디스크</translation>
    </message>
    <message>
        <source>85 % used</source>
        <comment>chart panel: title, series legend or threshold label</comment>
        <translation>85% 사용</translation>
    </message>
</context>
<context>
    <name>Ops::Metrics::PrometheusTextParser</name>
    <message>
        <source>line %1: %2</source>
        <comment>metrics parse error: line number, what is wrong</comment>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>second TYPE line for &quot;%1&quot;</source>
        <translation>&quot;%1&quot;의 TYPE 줄이 두 번 나옴</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is not a number</source>
        <translation>값이 숫자가 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the timestamp</source>
        <translation>타임스탬프 뒤에 예상하지 못한 텍스트 있음: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid escape &quot;\%1&quot; in a label value (only \\, \&quot; and \n)</source>
        <translation>레이블 값에 잘못된 이스케이프 있음: &quot;\%1&quot; (\\, \&quot;, \n만 허용)</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>줄 끝</translation>
    </message>
    <message>
        <source>the metrics body is %1 bytes, more than the limit of %2 bytes</source>
        <translation>메트릭 본문이 %1바이트로 한도 %2바이트를 넘음</translation>
    </message>
    <message>
        <source>the body ends in the middle of a line (no final newline): it was cut short</source>
        <translation>본문이 줄 중간에서 끝남(마지막 줄바꿈 없음): 잘린 본문임</translation>
    </message>
    <message>
        <source>the line is longer than the limit of %1 bytes</source>
        <translation>줄이 한도 %1바이트보다 김</translation>
    </message>
    <message>
        <source>a label value is not closed with &apos;&quot;&apos; before the end of the body</source>
        <translation>레이블 값이 본문 끝까지 &apos;&quot;&apos;로 닫히지 않음</translation>
    </message>
    <message>
        <source>a quoted name is not closed with &apos;&quot;&apos; before the end of the body</source>
        <translation>따옴표로 묶은 이름이 본문 끝까지 &apos;&quot;&apos;로 닫히지 않음</translation>
    </message>
    <message>
        <source>the body ends in the middle of a line</source>
        <translation>본문이 줄 중간에서 끝남</translation>
    </message>
    <message>
        <source>a line must start with a metric name, &apos;{&apos; or &apos;#&apos;, not with %1</source>
        <translation>줄은 메트릭 이름, &apos;{&apos; 또는 &apos;#&apos;로 시작해야 함(시작 문자: %1)</translation>
    </message>
    <message>
        <source>expected a metric name after %1, found %2</source>
        <translation>%1 뒤에 메트릭 이름이 와야 함(실제: %2)</translation>
    </message>
    <message>
        <source>the HELP text of &quot;%1&quot; is not valid UTF-8</source>
        <translation>&quot;%1&quot;의 HELP 텍스트가 올바른 UTF-8이 아님</translation>
    </message>
    <message>
        <source>the TYPE line for &quot;%1&quot; comes after its samples</source>
        <translation>&quot;%1&quot;의 TYPE 줄이 샘플보다 뒤에 나옴</translation>
    </message>
    <message>
        <source>unknown metric type &quot;%1&quot; (counter, gauge, histogram, summary or untyped, in lower case)</source>
        <translation>알 수 없는 메트릭 유형 &quot;%1&quot;(counter, gauge, histogram, summary, untyped 중 하나를 소문자로)</translation>
    </message>
    <message>
        <source>invalid escape at %1 in a quoted name</source>
        <translation>따옴표로 묶은 이름의 %1 위치에 잘못된 이스케이프가 있음</translation>
    </message>
    <message>
        <source>a quoted name must not contain a NUL byte</source>
        <translation>따옴표로 묶은 이름에 NUL 바이트가 있으면 안 됨</translation>
    </message>
    <message>
        <source>the label value &quot;%1&quot; is not valid UTF-8</source>
        <translation>레이블 값이 올바른 UTF-8이 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the quoted name &quot;%1&quot; is not valid UTF-8</source>
        <translation>따옴표로 묶은 이름이 올바른 UTF-8이 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a metric name must not be empty</source>
        <translation>메트릭 이름이 비어 있으면 안 됨</translation>
    </message>
    <message>
        <source>a label name must not be empty</source>
        <translation>레이블 이름이 비어 있으면 안 됨</translation>
    </message>
    <message>
        <source>expected a value after &quot;%1&quot;, found %2</source>
        <translation>&quot;%1&quot; 뒤에 값이 와야 함(실제: %2)</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is too large for a double</source>
        <translation>값이 double 범위를 넘음: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; is not a non-negative integer number of milliseconds</source>
        <translation>타임스탬프가 0 이상의 밀리초 단위 정수가 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the body has more than the limit of %1 samples</source>
        <translation>본문의 샘플이 한도 %1개를 넘음</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;, found %1</source>
        <translation>레이블 이름이나 &apos;}&apos;가 와야 함(실제: %1)</translation>
    </message>
    <message>
        <source>the sample names its metric twice</source>
        <translation>샘플에 메트릭 이름이 두 번 나옴</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label name &quot;%1&quot;, found %2</source>
        <translation>레이블 이름 &quot;%1&quot; 뒤에 &apos;=&apos;가 와야 함(실제: %2)</translation>
    </message>
    <message>
        <source>the value of label &quot;%1&quot; must be in double quotes, found %2</source>
        <translation>레이블 &quot;%1&quot;의 값은 큰따옴표로 감싸야 함(실제: %2)</translation>
    </message>
    <message>
        <source>the label name &quot;__name__&quot; is reserved</source>
        <translation>레이블 이름 &quot;__name__&quot;은 예약되어 있음</translation>
    </message>
    <message>
        <source>the sample has more than the limit of %1 labels</source>
        <translation>샘플의 레이블이 한도 %1개를 넘음</translation>
    </message>
    <message>
        <source>the sample has no metric name</source>
        <translation>샘플에 메트릭 이름이 없음</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; appears twice</source>
        <translation>같은 레이블이 두 번 나옴: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the body names more than the limit of %1 metrics</source>
        <translation>본문의 메트릭 이름이 한도 %1개를 넘음</translation>
    </message>
</context>
<context>
    <name>Ops::Metrics::TimeRangeText</name>
    <message>
        <source>%1 to %2</source>
        <comment>time range</comment>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <comment>metrics: timerange</comment>
        <translation>최근 5분</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <comment>metrics: timerange</comment>
        <translation>최근 15분</translation>
    </message>
    <message>
        <source>Last 1 hour</source>
        <comment>metrics: timerange</comment>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <comment>metrics: timerange</comment>
        <translation>최근 6시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <comment>metrics: timerange</comment>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <comment>metrics: timerange</comment>
        <translation>최근 7일</translation>
    </message>
</context>
<context>
    <name>Ops::MetricsTable</name>
    <message>
        <source>%1 running</source>
        <comment>replicas of a service</comment>
        <translation>%1 실행 중</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Response time p95</source>
        <comment>scale dialog, metrics before and after</comment>
        <translation>p95 응답 시간</translation>
    </message>
    <message>
        <source>API CPU</source>
        <comment>scale dialog, metrics before and after</comment>
        <translation>API CPU</translation>
    </message>
    <message>
        <source>5xx error rate</source>
        <comment>scale dialog, metrics before and after</comment>
        <translation>5xx 오류율</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <comment>scale dialog, metrics before and after</comment>
        <translation>큐 %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>scale dialog, metrics before and after: state or name word</comment>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>scale dialog, metrics before and after: state or name word</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Metric</source>
        <comment>scale dialog, metrics before and after: column header</comment>
        <translation>지표</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>scale dialog, metrics before and after: column header</comment>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <comment>scale dialog, metrics before and after: column header</comment>
        <translation>이후</translation>
    </message>
</context>
<context>
    <name>Ops::OfflineJournal</name>
    <message>
        <source>a journal record needs an id</source>
        <translation>저널 기록에는 ID가 필요함</translation>
    </message>
    <message>
        <source>the journal %1 is locked by another console</source>
        <translation>다른 콘솔이 저널을 잠그고 있음: %1</translation>
    </message>
    <message>
        <source>cannot open the journal %1: %2</source>
        <translation>저널을 열 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>저널에 쓸 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot rewrite the journal %1: %2</source>
        <translation>저널을 다시 쓸 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>the journal %1 is bound to no database: it is never replayed</source>
        <translation>어느 데이터베이스에도 연결되지 않은 저널이므로 재생하지 않음: %1</translation>
    </message>
    <message>
        <source>the journal %1 was written for %2, not for %3: it is not replayed there</source>
        <translation>다른 데이터베이스용 저널이므로 재생하지 않음: %1(기록 대상 %2, 현재 연결 %3)</translation>
    </message>
    <message>
        <source>cannot create the journal folder %1: %2</source>
        <translation>저널 폴더를 만들 수 없음: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ops::OnCallPage</name>
    <message>
        <source>Escalation path: L1 on-call engineer (0–15 min) → L2 (15–30) → L3 (30–60) → L4 (&gt; 60 min or P0)</source>
        <translation>에스컬레이션 경로: L1 당직 엔지니어 (0–15분) → L2 (15–30분) → L3 (30–60분) → L4 (60분 초과 또는 P0)</translation>
    </message>
    <message>
        <source>URL / phone / e-mail</source>
        <translation>URL / 전화 / 이메일</translation>
    </message>
    <message>
        <source>Saving…</source>
        <comment>on-call page: status text</comment>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>on-call page: status text</comment>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>On-call</source>
        <comment>on-call page: title</comment>
        <translation>당직</translation>
    </message>
    <message>
        <source>On-call rotation</source>
        <comment>on-call page: title</comment>
        <translation>당직 순번</translation>
    </message>
    <message>
        <source>External contacts</source>
        <comment>on-call page: title</comment>
        <translation>외부 연락처</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>on-call page: button</comment>
        <translation>저장</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>on-call page: column header</comment>
        <translation>역할</translation>
    </message>
    <message>
        <source>Primary</source>
        <comment>on-call page: column header</comment>
        <translation>주 담당</translation>
    </message>
    <message>
        <source>Backup</source>
        <comment>on-call page: column header</comment>
        <translation>부 담당</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>on-call page: column header</comment>
        <translation>전화</translation>
    </message>
    <message>
        <source>Slack</source>
        <comment>on-call page: column header</comment>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>on-call page: column header</comment>
        <translation>레벨</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>on-call page: column header</comment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone / e-mail</source>
        <comment>on-call page: column header</comment>
        <translation>전화 / 이메일</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>on-call page: column header</comment>
        <translation>연락처</translation>
    </message>
</context>
<context>
    <name>Ops::OnCallRoster</name>
    <message>
        <source>%1: %2 (backup %3), %4, %5</source>
        <translation>%1: %2 (부 담당 %3), %4, %5</translation>
    </message>
    <message>
        <source>Platform Engineer</source>
        <comment>on-call role</comment>
        <translation>플랫폼 엔지니어</translation>
    </message>
    <message>
        <source>Database Admin</source>
        <comment>on-call role</comment>
        <translation>데이터베이스 관리자</translation>
    </message>
    <message>
        <source>ML Engineer</source>
        <comment>on-call role</comment>
        <translation>ML 엔지니어</translation>
    </message>
    <message>
        <source>DevOps</source>
        <comment>on-call role</comment>
        <translation>데브옵스</translation>
    </message>
    <message>
        <source>Team Lead</source>
        <comment>escalation role (L2)</comment>
        <translation>팀 리드</translation>
    </message>
    <message>
        <source>Engineering Manager</source>
        <comment>escalation role (L3)</comment>
        <translation>엔지니어링 매니저</translation>
    </message>
    <message>
        <source>CTO</source>
        <comment>escalation role (L4)</comment>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Cloud Provider Support</source>
        <comment>external contact</comment>
        <translation>클라우드 제공업체 지원</translation>
    </message>
    <message>
        <source>Database Vendor</source>
        <comment>external contact</comment>
        <translation>데이터베이스 벤더</translation>
    </message>
    <message>
        <source>Monitoring Service</source>
        <comment>external contact</comment>
        <translation>모니터링 서비스</translation>
    </message>
    <message>
        <source>Security Team</source>
        <comment>external contact</comment>
        <translation>보안팀</translation>
    </message>
    <message>
        <source>TBD</source>
        <comment>on-call placeholder: nobody named yet</comment>
        <translation>미정</translation>
    </message>
    <message>
        <source>[Support URL/Phone]</source>
        <comment>contact placeholder</comment>
        <translation>[지원 URL/전화]</translation>
    </message>
    <message>
        <source>[Support URL]</source>
        <comment>contact placeholder</comment>
        <translation>[지원 URL]</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4</source>
        <comment>incidents: oncallroster</comment>
        <translation>%1 (%2): %3, %4</translation>
    </message>
</context>
<context>
    <name>Ops::OnCallStore</name>
    <message>
        <source>cannot read the on-call roster (showing the local copy): %1</source>
        <translation>당직표를 읽을 수 없음 (로컬 사본 표시 중): %1</translation>
    </message>
    <message>
        <source>the on-call roster was not saved: %1</source>
        <translation>당직표를 저장하지 못함: %1</translation>
    </message>
    <message>
        <source>someone else changed the on-call roster meanwhile: reloaded, please edit again</source>
        <translation>그사이 다른 사람이 당직표를 변경함: 다시 불러왔으니 다시 편집해야 함</translation>
    </message>
    <message>
        <source>no database</source>
        <comment>incidents: oncallstore: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>데이터베이스 없음</translation>
    </message>
</context>
<context>
    <name>Ops::OperatorLock</name>
    <message>
        <source>held by another console</source>
        <translation>다른 콘솔이 잠금 보유 중</translation>
    </message>
    <message>
        <source>held by %1@%2 since %3 for %4</source>
        <comment>operator lock: user@host since time for action</comment>
        <translation>잠금 보유 중: %1@%2 (%3부터, 작업: %4)</translation>
    </message>
    <message>
        <source>the previous lock request has not finished yet</source>
        <translation>이전 잠금 요청이 아직 끝나지 않음</translation>
    </message>
    <message>
        <source>this console already holds the operator lock</source>
        <translation>이 콘솔이 이미 운영자 잠금을 보유 중임</translation>
    </message>
    <message>
        <source>cannot take the operator lock: %1</source>
        <translation>운영자 잠금을 얻을 수 없음: %1</translation>
    </message>
    <message>
        <source>this console does not hold the operator lock</source>
        <translation>이 콘솔은 운영자 잠금을 보유하고 있지 않음</translation>
    </message>
    <message>
        <source>the operator lock was not released cleanly: %1</source>
        <translation>운영자 잠금이 정상적으로 해제되지 않음: %1</translation>
    </message>
    <message>
        <source>cannot confirm the operator lock: %1</source>
        <translation>운영자 잠금을 확인할 수 없음: %1</translation>
    </message>
    <message>
        <source>the operator lock was lost (PostgreSQL restarted or the connection dropped); another console may act on this stack now</source>
        <translation>운영자 잠금을 잃었음(PostgreSQL이 재시작되었거나 연결이 끊김). 이제 다른 콘솔이 이 스택에서 작업할 수 있음</translation>
    </message>
</context>
<context>
    <name>Ops::Orchestrator</name>
    <message>
        <source>&quot;%1&quot; is not a valid service name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit, at most 63 characters)</source>
        <translation>올바른 서비스 이름이 아님: &quot;%1&quot; (영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;로 63자 이내, 영문자나 숫자로 시작)</translation>
    </message>
    <message>
        <source>another command is still running on this stack</source>
        <translation>이 스택에서 다른 명령이 아직 실행 중임</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%2초 안에 응답 없음: %1</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 실패 (종료 코드 %2): %3</translation>
    </message>
    <message>
        <source>cannot list the services of the stack: %1</source>
        <translation>스택의 서비스 목록을 가져올 수 없음: %1</translation>
    </message>
    <message>
        <source>the stack has no service &quot;%1&quot; (it has: %2)</source>
        <translation>스택에 &quot;%1&quot; 서비스가 없음 (있는 서비스: %2)</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%2초 안에 끝나지 않아 중지함: %1</translation>
    </message>
    <message>
        <source>replica counts cannot be negative</source>
        <translation>레플리카 수는 음수일 수 없음</translation>
    </message>
    <message>
        <source>%1: the output could not be written: %2</source>
        <translation>%1: 출력을 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a program name that can be run in a container</source>
        <translation>컨테이너에서 실행할 수 있는 프로그램 이름이 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 — the Docker Engine at %2 does not answer</source>
        <translation>%1 — %2의 Docker Engine이 응답하지 않음</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <comment>stack: orchestrator: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>실행할 명령이 없음</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <comment>stack: orchestrator</comment>
        <translation>취소됨: %1</translation>
    </message>
    <message>
        <source>nothing to scale</source>
        <comment>stack: orchestrator: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>조정할 대상이 없음</translation>
    </message>
    <message>
        <source>%1: the backup was not restored: %2</source>
        <translation>%1: 백업을 복원하지 않음: %2</translation>
    </message>
</context>
<context>
    <name>Ops::OrchestratorSource</name>
    <message>
        <source>unknown compose command &quot;%1&quot; (expected &quot;docker compose&quot; or &quot;docker-compose&quot;)</source>
        <translation>알 수 없는 compose 명령 &quot;%1&quot; (&quot;docker compose&quot; 또는 &quot;docker-compose&quot;여야 함)</translation>
    </message>
    <message>
        <source>the orchestrator program must be an absolute path, not &quot;%1&quot;</source>
        <translation>오케스트레이터 프로그램은 절대 경로여야 함 (받은 값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the orchestrator program %1 does not exist or is not executable</source>
        <translation>오케스트레이터 프로그램이 없거나 실행할 수 없음: %1</translation>
    </message>
    <message>
        <source>invalid compose file name &quot;%1&quot;</source>
        <translation>compose 파일 이름이 올바르지 않음: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid compose project name &quot;%1&quot;</source>
        <translation>compose 프로젝트 이름이 올바르지 않음: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the project directory %1 does not exist</source>
        <translation>프로젝트 폴더가 없음: %1</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%2초 안에 응답 없음: %1</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2 and no message</source>
        <translation>실패함(종료 코드 %2, 메시지 없음): %1</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>실패함(종료 코드 %2): %1 — %3</translation>
    </message>
    <message>
        <source>the output of %1 is too large to be a container list</source>
        <translation>%1의 출력이 컨테이너 목록이라기엔 너무 큼</translation>
    </message>
    <message>
        <source>cannot read the output of %1: %2</source>
        <translation>%1의 출력을 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>the project has no containers</source>
        <translation>프로젝트에 컨테이너가 없음</translation>
    </message>
    <message>
        <source>kubectl must be given as an absolute path, not &quot;%1&quot;</source>
        <translation>kubectl은 절대 경로로 지정해야 함 (받은 값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>kubectl %1 does not exist or is not executable</source>
        <translation>kubectl이 없거나 실행할 수 없음: %1</translation>
    </message>
    <message>
        <source>invalid Kubernetes context &quot;%1&quot;</source>
        <translation>잘못된 Kubernetes 컨텍스트 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid Kubernetes namespace &quot;%1&quot;</source>
        <translation>잘못된 Kubernetes 네임스페이스 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the namespace %1 has no deployments</source>
        <translation>네임스페이스에 디플로이먼트가 없음: %1</translation>
    </message>
    <message>
        <source>%1 — the Docker Engine at %2 does not answer</source>
        <translation>%1 — %2의 Docker Engine이 응답하지 않음</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <comment>sources: orchestratorsource</comment>
        <translation>비정상 종료됨: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 running</source>
        <comment>sources: orchestratorsource</comment>
        <translation>%1: %3개 중 %2개 실행 중</translation>
    </message>
    <message>
        <source>%1: unhealthy</source>
        <comment>sources: orchestratorsource</comment>
        <translation>%1: 비정상</translation>
    </message>
    <message>
        <source>%1: %2 of %3 ready</source>
        <comment>sources: orchestratorsource</comment>
        <translation>%1: %3개 중 %2개 준비됨</translation>
    </message>
    <message>
        <source>invalid DOCKER_HOST &quot;%1&quot;</source>
        <translation>잘못된 DOCKER_HOST: &quot;%1&quot;</translation>
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
        <translation>점검</translation>
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
    <name>Ops::PanelEditorDialog</name>
    <message>
        <source>One PromQL query per line, e.g.
sum by (handler) (rate(http_requests_total[5m]))</source>
        <translation>한 줄에 PromQL 쿼리 하나, 예:
sum by (handler) (rate(http_requests_total[5m]))</translation>
    </message>
    <message>
        <source>e.g. {{handler}}; empty for the label set</source>
        <translation>예: {{handler}}; 비우면 레이블 전체</translation>
    </message>
    <message>
        <source>optional, in the query&apos;s unit</source>
        <translation>선택 사항, 쿼리 단위 기준</translation>
    </message>
    <message>
        <source>e.g. HighErrorRate, HighResponseTime</source>
        <translation>예: HighErrorRate, HighResponseTime</translation>
    </message>
    <message>
        <source>Give the panel a title.</source>
        <translation>패널 제목을 입력하세요.</translation>
    </message>
    <message>
        <source>Write at least one PromQL query.</source>
        <translation>PromQL 쿼리를 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <source>The threshold must be a number.</source>
        <translation>임계값은 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Add panel</source>
        <comment>charts, panel editor: dialog title</comment>
        <translation>패널 추가</translation>
    </message>
    <message>
        <source>Edit panel</source>
        <comment>charts, panel editor: dialog title</comment>
        <translation>패널 편집</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>charts, panel editor</comment>
        <translation>제목</translation>
    </message>
    <message>
        <source>PromQL</source>
        <comment>charts, panel editor</comment>
        <translation>PromQL</translation>
    </message>
    <message>
        <source>Legend</source>
        <comment>charts, panel editor</comment>
        <translation>범례</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>charts, panel editor</comment>
        <translation>단위</translation>
    </message>
    <message>
        <source>Threshold</source>
        <comment>charts, panel editor</comment>
        <translation>임계값</translation>
    </message>
    <message>
        <source>Shade alerts</source>
        <comment>charts, panel editor</comment>
        <translation>알림 구간 표시</translation>
    </message>
</context>
<context>
    <name>Ops::PlaceholderPage</name>
    <message>
        <source>Live status of every service: the runbook&apos;s health checks, always on.</source>
        <translation>모든 서비스의 실시간 상태: 절차서의 상태 확인을 항상 실행합니다.</translation>
    </message>
    <message>
        <source>The runbook&apos;s Prometheus queries as charts: request rate, errors, latency, queues.</source>
        <translation>절차서의 Prometheus 쿼리를 차트로 보여 줍니다: 요청률, 오류, 지연 시간, 큐.</translation>
    </message>
    <message>
        <source>Scale services up and down with the runbook&apos;s guardrails.</source>
        <translation>절차서의 가드레일에 따라 서비스를 증설하고 축소합니다.</translation>
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
        <translation>점검 시간대: 일정, 체크리스트, 단계별 절차.</translation>
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
        <translation>콘솔에서 실행한 모든 작업 기록 (추가만 가능, 수정·삭제 불가)</translation>
    </message>
</context>
<context>
    <name>Ops::PostgresConnectionParams</name>
    <message>
        <source>the password was not sent: %1 is not on this machine and sslmode=%2 lets the connection run without TLS; use verify-full (or require) for this server</source>
        <translation>비밀번호를 보내지 않음: 서버(%1)가 이 컴퓨터에 있지 않고 sslmode=%2 설정으로는 TLS 없이 연결될 수 있음. 이 서버에는 verify-full(또는 require)을 사용해야 함</translation>
    </message>
</context>
<context>
    <name>Ops::PostgresSource</name>
    <message>
        <source>still waiting for the previous check: the server has not answered for more than %1 s</source>
        <translation>이전 확인을 아직 기다리는 중: 서버가 %1초 넘게 응답하지 않음</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답 없음</translation>
    </message>
    <message>
        <source>the server rejects connections (starting up, shutting down or in crash recovery)</source>
        <translation>서버가 연결을 거부함 (시작 중, 종료 중 또는 장애 복구 중)</translation>
    </message>
    <message>
        <source>the connection parameters are invalid</source>
        <translation>연결 매개변수가 올바르지 않음</translation>
    </message>
    <message>
        <source>no response from %1:%2 (refused, unreachable or timed out)</source>
        <translation>%1:%2에서 응답 없음 (거부, 연결 불가 또는 시간 초과)</translation>
    </message>
    <message>
        <source>connection pool %1 % used (%2 of %3 connections)</source>
        <translation>연결 풀 %1% 사용 중 (연결 %3개 중 %2개)</translation>
    </message>
    <message>
        <source>%1:%2 answers but offers no TLS, and sslmode=%3 requires it: nothing was sent (set up TLS on the server, or reach it through a tunnel)</source>
        <translation>서버(%1:%2)가 응답하지만 TLS를 제공하지 않음. sslmode=%3 설정은 TLS가 필요하므로 아무것도 보내지 않음 (서버에 TLS를 설정하거나 터널을 통해 연결해야 함)</translation>
    </message>
</context>
<context>
    <name>Ops::PrivateFiles</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>폴더를 만들 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>폴더가 아닌 파일이 이미 있음: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>파일을 쓸 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>파일을 교체할 수 없음: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ops::ProcessRunner</name>
    <message>
        <source>cannot read %1: %2</source>
        <comment>stack: processrunner: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>읽을 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <comment>stack: processrunner: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>실행할 수 없음: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Ops::ProfileEditor</name>
    <message>
        <source>Secrets (stored in the system keychain only)</source>
        <translation>비밀 정보 (시스템 키체인에만 저장)</translation>
    </message>
    <message>
        <source>Production stack: open read-only, actions must be armed</source>
        <translation>프로덕션 스택: 읽기 전용으로 열림, 작업하려면 작업 활성화 필요</translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM):</source>
        <translation>추가 CA 인증서 (PEM):</translation>
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
        <source>Client certificate (PEM, optional):</source>
        <translation>클라이언트 인증서(PEM, 선택):</translation>
    </message>
    <message>
        <source>Client key (PEM, optional):</source>
        <translation>클라이언트 키(PEM, 선택):</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>settings, profile editor: group box title</comment>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <comment>settings, profile editor: group box title</comment>
        <translation>접속 주소</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <comment>settings, profile editor: group box title</comment>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Redis (Celery broker)</source>
        <comment>settings, profile editor: group box title</comment>
        <translation>Redis (Celery 브로커)</translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <comment>settings, profile editor: group box title</comment>
        <translation>오케스트레이터</translation>
    </message>
    <message>
        <source>Operations</source>
        <comment>settings, profile editor: group box title</comment>
        <translation>운영</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>이름:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>API 기본 URL:</translation>
    </message>
    <message>
        <source>Prometheus URL:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>Prometheus URL:</translation>
    </message>
    <message>
        <source>Grafana URL:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>Grafana URL:</translation>
    </message>
    <message>
        <source>Alertmanager URL:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>Alertmanager URL:</translation>
    </message>
    <message>
        <source>Host:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>Port:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Database:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>Console records database:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>콘솔 기록 데이터베이스:</translation>
    </message>
    <message>
        <source>User:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>SSL 모드:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>종류:</translation>
    </message>
    <message>
        <source>Compose command:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>Compose 명령:</translation>
    </message>
    <message>
        <source>Program (absolute path):</source>
        <comment>settings, profile editor: form label</comment>
        <translation>프로그램 (절대 경로):</translation>
    </message>
    <message>
        <source>Compose file:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>Compose 파일:</translation>
    </message>
    <message>
        <source>Project name:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>프로젝트 이름:</translation>
    </message>
    <message>
        <source>Project folder:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>프로젝트 폴더:</translation>
    </message>
    <message>
        <source>DOCKER_HOST:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>DOCKER_HOST:</translation>
    </message>
    <message>
        <source>kubectl (absolute path):</source>
        <comment>settings, profile editor: form label</comment>
        <translation>kubectl (절대 경로):</translation>
    </message>
    <message>
        <source>Kubernetes context:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>Kubernetes 컨텍스트:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>네임스페이스:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>백업 폴더:</translation>
    </message>
    <message>
        <source>Smoke test command:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>스모크 테스트 명령:</translation>
    </message>
    <message>
        <source>Celery queues:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>Celery 큐:</translation>
    </message>
    <message>
        <source>PostgreSQL password:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>PostgreSQL 비밀번호:</translation>
    </message>
    <message>
        <source>Redis password:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>Redis 비밀번호:</translation>
    </message>
    <message>
        <source>API token:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>API 토큰:</translation>
    </message>
    <message>
        <source>Prometheus token:</source>
        <comment>settings, profile editor: form label</comment>
        <translation>Prometheus 토큰:</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <comment>settings, profile editor: choice in a drop-down list</comment>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <comment>settings, profile editor: choice in a drop-down list</comment>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>settings, profile editor: placeholder text in an empty field</comment>
        <translation>변경 안 함</translation>
    </message>
    <message>
        <source>Send the Redis password without TLS to a host that is not this machine</source>
        <translation>이 컴퓨터가 아닌 호스트에도 TLS 없이 Redis 비밀번호 보내기</translation>
    </message>
    <message>
        <source>auto: prefer on this machine (localhost), verify-full for any other host. A password goes to another host only with require, verify-ca or verify-full.</source>
        <translation>auto: 이 컴퓨터(localhost)에서는 prefer, 다른 호스트에는 verify-full을 씁니다. 다른 호스트에는 require, verify-ca, verify-full일 때만 비밀번호를 보냅니다.</translation>
    </message>
    <message>
        <source>Warning: the Redis password crosses the network in clear to %1. Allow it only over a network you trust (a VPN or an SSH tunnel is better).</source>
        <translation>경고: Redis 비밀번호가 암호화되지 않은 채 네트워크를 거쳐 전송됩니다(대상: %1). 신뢰할 수 있는 네트워크에서만 허용하세요(VPN이나 SSH 터널이 더 안전합니다).</translation>
    </message>
    <message>
        <source>Detected:</source>
        <comment>settings, profile editor: form label (which Compose the program is)</comment>
        <translation>감지 결과:</translation>
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
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>파일을 열 수 없습니다: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile file.</source>
        <translation>프로필 파일로 보기에는 너무 큰 파일입니다: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <comment>profiles: profilefile</comment>
        <translation>프로필 &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Ops::ProfileImport</name>
    <message>
        <source>%1: %2 → %3</source>
        <comment>profile import: a changed field, its old and new value</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <comment>profile import: an empty value</comment>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>production: stays on (an import never clears it)</source>
        <translation>프로덕션: 켜진 채 유지됨 (가져오기로는 끌 수 없음)</translation>
    </message>
</context>
<context>
    <name>Ops::ProfileImportCommand</name>
    <message>
        <source>The saved profile &quot;%1&quot; differs from the file:</source>
        <translation>저장된 프로필이 파일과 다릅니다 (&quot;%1&quot;):</translation>
    </message>
    <message>
        <source>Nothing was imported: a saved profile is never overwritten from the command line. Review the changes with File ▸ Import profiles… in the window, or delete the saved profile first.</source>
        <translation>아무것도 가져오지 않았습니다. 명령줄에서는 저장된 프로필을 덮어쓰지 않습니다. 콘솔 화면의 파일 ▸ 프로필 가져오기…에서 바뀌는 내용을 검토하거나, 저장된 프로필을 먼저 삭제하세요.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be saved.</source>
        <translation>프로필을 저장하지 못했습니다: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Ops::ProfileImportDialog</name>
    <message>
        <source>Import profiles</source>
        <comment>profile import: dialog title</comment>
        <translation>프로필 가져오기</translation>
    </message>
    <message>
        <source>Tick the profiles to save. A saved profile is replaced only when you tick it after reading its changes; an import never turns production off. Programs a profile names still run only after you approve them (Settings ▸ Programs…).</source>
        <translation>저장할 프로필을 선택하세요. 저장된 프로필은 바뀌는 내용을 읽고 선택했을 때만 바뀝니다. 가져오기로 프로덕션 표시가 꺼지는 일은 없습니다. 프로필에 적힌 프로그램은 승인한 뒤에만 실행됩니다(설정 ▸ 프로그램…).</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>profile import: column</comment>
        <translation>프로필</translation>
    </message>
    <message>
        <source>What changes</source>
        <comment>profile import: column</comment>
        <translation>바뀌는 내용</translation>
    </message>
    <message>
        <source>Import ticked</source>
        <comment>profile import: button</comment>
        <translation>선택한 프로필 가져오기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>profile import: button</comment>
        <translation>취소</translation>
    </message>
    <message>
        <source>new profile</source>
        <comment>profile import: status</comment>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>the same as the saved profile: nothing to do</source>
        <comment>profile import: status</comment>
        <translation>저장된 프로필과 같음: 할 일 없음</translation>
    </message>
    <message numerus="yes">
        <source>replaces the saved profile: %n field(s) change</source>
        <comment>profile import: status</comment>
        <translation>
            <numerusform>저장된 프로필을 바꿈: 항목 %n개 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>production: read-only until armed</source>
        <translation>프로덕션: 작업 활성화 전까지 읽기 전용</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Ops::ProfilePrograms</name>
    <message>
        <source>Docker Compose: the container status and every stack action (scale, restart, logs, rollback, backups through pg_dump in the database container)</source>
        <translation>Docker Compose: 컨테이너 상태와 스택의 모든 작업 (증설·축소, 재시작, 로그, 롤백, 데이터베이스 컨테이너 안의 pg_dump를 통한 백업)</translation>
    </message>
    <message>
        <source>kubectl: the deployments&apos; status and every stack action</source>
        <translation>kubectl: 디플로이먼트 상태와 스택의 모든 작업</translation>
    </message>
    <message>
        <source>The smoke test after a rollback or a maintenance run</source>
        <translation>롤백이나 점검 실행 후의 스모크 테스트</translation>
    </message>
</context>
<context>
    <name>Ops::ProfileValidator</name>
    <message>
        <source>Profile name must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>프로필 이름은 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;로 된 1~64자여야 하며 영문자나 숫자로 시작해야 합니다.</translation>
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
        <source>PostgreSQL database name is not valid.</source>
        <translation>PostgreSQL 데이터베이스 이름이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>PostgreSQL user name is not valid.</source>
        <translation>PostgreSQL 사용자 이름이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Redis host is not a valid host name.</source>
        <translation>Redis 호스트 이름이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Compose command must be &quot;docker compose&quot; or &quot;docker-compose&quot;.</source>
        <translation>Compose 명령은 &quot;docker compose&quot; 또는 &quot;docker-compose&quot;여야 합니다.</translation>
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
        <source>Project name must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>프로젝트 이름은 영문 소문자, 숫자, &apos;-&apos;, &apos;_&apos;로 구성되고 영문자나 숫자로 시작해야 합니다.</translation>
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
        <source>Queue name &quot;%1&quot; is not valid.</source>
        <translation>큐 이름이 올바르지 않습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address with a host, for example http://localhost:8000.</source>
        <translation>%1: 호스트가 있는 http:// 또는 https:// 주소여야 합니다(예: http://localhost:8000).</translation>
    </message>
    <message>
        <source>%1 port must be between 1 and 65535.</source>
        <translation>%1 포트는 1에서 65535 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The smoke test command must start with an absolute path, e.g. /srv/fragrance/scripts/smoke_test.sh.</source>
        <translation>스모크 테스트 명령은 절대 경로로 시작해야 합니다(예: /srv/fragrance/scripts/smoke_test.sh).</translation>
    </message>
    <message>
        <source>The client certificate file does not exist.</source>
        <translation>클라이언트 인증서 파일이 없습니다.</translation>
    </message>
    <message>
        <source>A client certificate needs its key file (PEM, unencrypted), and it does not exist.</source>
        <translation>클라이언트 인증서에는 키 파일(PEM, 암호화되지 않음)이 필요한데, 그 파일이 없습니다.</translation>
    </message>
    <message>
        <source>A key file without a client certificate.</source>
        <translation>클라이언트 인증서 없이 키 파일만 있습니다.</translation>
    </message>
    <message>
        <source>The name of the console&apos;s records database is not valid.</source>
        <translation>콘솔 기록 데이터베이스 이름이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The console&apos;s records need a database of their own: restoring an application backup must never rewind the audit trail.</source>
        <translation>콘솔 기록에는 별도의 데이터베이스가 필요합니다. 애플리케이션 백업을 복원해도 감사 기록이 되돌아가서는 안 됩니다.</translation>
    </message>
    <message>
        <source>Service name &quot;%1&quot; is not valid.</source>
        <translation>서비스 이름이 올바르지 않습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <comment>profiles: profilevalidator</comment>
        <translation>%1: 필수 항목입니다.</translation>
    </message>
    <message>
        <source>API address</source>
        <comment>profiles: profilevalidator</comment>
        <translation>API 주소</translation>
    </message>
    <message>
        <source>Prometheus address</source>
        <comment>profiles: profilevalidator</comment>
        <translation>Prometheus 주소</translation>
    </message>
    <message>
        <source>Grafana address</source>
        <comment>profiles: profilevalidator</comment>
        <translation>Grafana 주소</translation>
    </message>
    <message>
        <source>Alertmanager address</source>
        <comment>profiles: profilevalidator</comment>
        <translation>Alertmanager 주소</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <comment>profiles: profilevalidator</comment>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Redis</source>
        <comment>profiles: profilevalidator</comment>
        <translation>Redis</translation>
    </message>
    <message>
        <source>SSL mode must be one of auto, disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>SSL 모드는 auto, disable, allow, prefer, require, verify-ca, verify-full 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The compose file must be a file name or path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos;, &apos;@&apos; and &apos;/&apos;, not starting with &apos;-&apos; and without &quot;..&quot;.</source>
        <translation>compose 파일은 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos;, &apos;@&apos;, &apos;/&apos;로 된 파일 이름이나 경로여야 하며, &apos;-&apos;로 시작하거나 &quot;..&quot;를 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>The project folder must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos;, &apos;@&apos; and &apos;/&apos;.</source>
        <translation>프로젝트 폴더는 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;+&apos;, &apos;@&apos;, &apos;/&apos;로 된 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <source>DOCKER_HOST must look like ssh://user@host, tcp://host:2376 or unix:///path; a user or host may not start with &apos;-&apos;.</source>
        <translation>DOCKER_HOST는 ssh://user@host, tcp://host:2376, unix:///path 형식이어야 하며, 사용자나 호스트는 &apos;-&apos;로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Kubernetes context is not valid.</source>
        <translation>Kubernetes 컨텍스트가 올바르지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::ProgramApprovalDialog</name>
    <message>
        <source>Programs of the profile &quot;%1&quot;</source>
        <comment>program approval: dialog title</comment>
        <translation>프로필의 프로그램: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A profile names the programs the console runs, and a profile file can come from anywhere. Nothing below runs until you approve it on this workstation. Check that each program is the one you expect and that the commands are what you want run.</source>
        <translation>콘솔이 실행하는 프로그램은 프로필에 적혀 있고, 프로필 파일은 어디에서든 올 수 있습니다. 아래 항목은 이 워크스테이션에서 승인하기 전까지 실행되지 않습니다. 각 프로그램이 예상한 프로그램인지, 명령이 실행하려는 명령이 맞는지 살펴보세요.</translation>
    </message>
    <message>
        <source>Approve and allow</source>
        <comment>program approval: button</comment>
        <translation>승인하고 허용</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>program approval: button</comment>
        <translation>취소</translation>
    </message>
    <message>
        <source>Program:</source>
        <comment>program approval: label</comment>
        <translation>프로그램:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>Owner %1, mode %2, %3 bytes</source>
        <comment>program approval: the file&apos;s identity</comment>
        <translation>소유자 %1, 모드 %2, %3바이트</translation>
    </message>
    <message>
        <source>Docker Engine:</source>
        <comment>program approval: label</comment>
        <translation>Docker Engine:</translation>
    </message>
    <message>
        <source>Working folder:</source>
        <comment>program approval: label</comment>
        <translation>작업 폴더:</translation>
    </message>
    <message>
        <source>It runs, for example:</source>
        <translation>실행하는 명령의 예:</translation>
    </message>
    <message>
        <source>Approved on this workstation.</source>
        <translation>이 워크스테이션에서 승인되어 있습니다.</translation>
    </message>
    <message>
        <source>Not approved yet: nothing of this runs.</source>
        <translation>아직 승인되지 않아 아무것도 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>Changed since it was approved (%1): nothing of this runs until you approve it again.</source>
        <translation>승인 후 변경되었습니다(%1). 다시 승인하기 전까지 아무것도 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot be approved: %1.</source>
        <translation>승인할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>This profile names no program.</source>
        <translation>이 프로필에는 실행할 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>The profile&apos;s settings cannot be run: %1</source>
        <translation>프로필 설정으로는 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading the programs…</source>
        <translation>프로그램을 읽는 중…</translation>
    </message>
    <message>
        <source>Fix what is shown in red in the profile or on this workstation first.</source>
        <translation>먼저 프로필이나 이 워크스테이션에서 빨간색으로 표시된 부분을 고치세요.</translation>
    </message>
    <message>
        <source>Every program of this profile is approved.</source>
        <translation>이 프로필의 모든 프로그램이 승인되어 있습니다.</translation>
    </message>
    <message>
        <source>Approving records these files as they are now; a changed file must be approved again.</source>
        <translation>승인하면 이 파일들의 현재 상태가 기록됩니다. 파일이 바뀌면 다시 승인해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Ops::ProgramApprovals</name>
    <message>
        <source>%1 does not exist</source>
        <translation>없음: %1</translation>
    </message>
    <message>
        <source>owner %1 → %2</source>
        <comment>programs: what changed since the approval</comment>
        <translation>소유자 %1 → %2</translation>
    </message>
    <message>
        <source>mode %1 → %2</source>
        <comment>programs: what changed since the approval</comment>
        <translation>모드 %1 → %2</translation>
    </message>
    <message>
        <source>content (SHA-256 %1… → %2…)</source>
        <comment>programs: what changed since the approval</comment>
        <translation>내용 (SHA-256 %1… → %2…)</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <comment>programs: a program and its Docker Engine</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not approved on this workstation, so nothing was run. Review what it runs and approve it (Settings ▸ Programs…).</source>
        <translation>이 워크스테이션에서 승인되지 않은 프로그램이라 아무것도 실행하지 않았습니다: %1. 실행 내용을 검토하고 승인하세요(설정 ▸ 프로그램…).</translation>
    </message>
    <message>
        <source>%1 does not exist any more, so nothing was run.</source>
        <translation>프로그램이 더 이상 없어 아무것도 실행하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1 changed since it was approved (owner, mode or content), so nothing was run. Review it and approve it again (Settings ▸ Programs…).</source>
        <translation>승인 후 소유자, 모드 또는 내용이 바뀐 프로그램이라 아무것도 실행하지 않았습니다: %1. 검토하고 다시 승인하세요(설정 ▸ 프로그램…).</translation>
    </message>
</context>
<context>
    <name>Ops::ProgramIdentity</name>
    <message>
        <source>%1 is not an absolute path</source>
        <translation>절대 경로가 아님: %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>없음: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>일반 파일이 아님: %1</translation>
    </message>
    <message>
        <source>%1 changed while it was being read</source>
        <translation>읽는 도중 바뀜: %1</translation>
    </message>
    <message>
        <source>%1 is not executable</source>
        <translation>실행 파일이 아님: %1</translation>
    </message>
    <message>
        <source>%1 belongs to %2: only a program owned by root or by you can be approved</source>
        <translation>다른 사용자 소유의 프로그램: %1 (소유자 %2). root나 본인 소유의 프로그램만 승인할 수 있음</translation>
    </message>
    <message>
        <source>%1 can be changed by other users (mode %2)</source>
        <translation>다른 사용자가 바꿀 수 있는 파일: %1 (모드 %2)</translation>
    </message>
    <message>
        <source>the folder %1 can be changed by other users, so %2 could be replaced</source>
        <translation>다른 사용자가 바꿀 수 있는 폴더: %1 (프로그램 %2 교체 가능)</translation>
    </message>
</context>
<context>
    <name>Ops::PrometheusApiParser</name>
    <message>
        <source>the query timed out in Prometheus</source>
        <translation>Prometheus에서 쿼리 시간이 초과됨</translation>
    </message>
    <message>
        <source>the query was canceled</source>
        <translation>쿼리가 취소됨</translation>
    </message>
    <message>
        <source>the query failed to run</source>
        <translation>쿼리 실행 실패</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아님</translation>
    </message>
    <message>
        <source>HTTP %1 with an unexpected answer</source>
        <translation>HTTP %1, 예상하지 못한 응답</translation>
    </message>
    <message>
        <source>unexpected answer: no &quot;status&quot;</source>
        <translation>예상하지 못한 응답: &quot;status&quot; 없음</translation>
    </message>
    <message>
        <source>unexpected result type &quot;%1&quot;</source>
        <translation>예상하지 못한 결과 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not ready (HTTP %1)</source>
        <translation>준비되지 않음 (HTTP %1)</translation>
    </message>
    <message>
        <source>bad query</source>
        <comment>net: prometheusapiparser: state or name word</comment>
        <translation>잘못된 쿼리</translation>
    </message>
    <message>
        <source>internal Prometheus error</source>
        <comment>net: prometheusapiparser: state or name word</comment>
        <translation>Prometheus 내부 오류</translation>
    </message>
    <message>
        <source>Prometheus is unavailable</source>
        <comment>net: prometheusapiparser: state or name word</comment>
        <translation>Prometheus를 사용할 수 없음</translation>
    </message>
    <message>
        <source>not found</source>
        <comment>net: prometheusapiparser: state or name word</comment>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>error &quot;%1&quot;</source>
        <comment>net: prometheusapiparser: state or name word</comment>
        <translation>오류 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <comment>net: prometheusapiparser</comment>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <comment>net: prometheusapiparser: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>JSON이 아님: %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <comment>net: prometheusapiparser</comment>
        <translation>%1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>net: prometheusapiparser</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ops::PrometheusClient</name>
    <message>
        <source>no Prometheus client</source>
        <comment>net: prometheusclient: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>Prometheus 클라이언트 없음</translation>
    </message>
</context>
<context>
    <name>Ops::PrometheusSource</name>
    <message>
        <source>%1 (%2)</source>
        <comment>job (instance)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>job (instance): error</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 scrape target(s) down: %2</source>
        <translation>
            <numerusform>수집 대상 %1개 중 %n개 다운: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>alerts unavailable: %1</source>
        <comment>sources: prometheussource: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>알림을 가져올 수 없음: %1</translation>
    </message>
    <message>
        <source>targets unavailable: %1</source>
        <comment>sources: prometheussource: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>수집 대상을 가져올 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>Ops::PsqlScriptGuard</name>
    <message>
        <source>line %1 of the backup: %2</source>
        <translation>백업의 %1번째 줄: %2</translation>
    </message>
    <message>
        <source>the psql command \%1, which a backup the console restores may not hold: psql would run it on this workstation or change how the restore runs</source>
        <translation>psql 명령 \%1 (콘솔이 복원하는 백업에는 들어갈 수 없음: psql이 이 워크스테이션에서 실행하거나 복원 방식을 바꿀 수 있음)</translation>
    </message>
    <message>
        <source>a psql command (a backslash outside quotes) after SQL on the same line</source>
        <translation>같은 줄의 SQL 뒤에 오는 psql 명령(따옴표 밖의 백슬래시)</translation>
    </message>
    <message>
        <source>a psql command line longer than %1 bytes</source>
        <translation>너무 긴 psql 명령 줄(%1바이트 초과)</translation>
    </message>
    <message>
        <source>a dollar quote tag longer than 64 bytes</source>
        <translation>너무 긴 달러 인용 태그(64바이트 초과)</translation>
    </message>
    <message>
        <source>a COPY statement other than pg_dump&apos;s COPY … FROM stdin</source>
        <translation>pg_dump의 COPY … FROM stdin이 아닌 COPY 쿼리</translation>
    </message>
    <message>
        <source>text after a COPY statement on its line</source>
        <translation>COPY 쿼리 뒤 같은 줄에 이어지는 텍스트</translation>
    </message>
    <message>
        <source>a backslash inside a quoted string, which psql reads differently when standard_conforming_strings is off</source>
        <translation>따옴표 문자열 안의 백슬래시(standard_conforming_strings가 꺼져 있으면 psql이 다르게 읽음)</translation>
    </message>
</context>
<context>
    <name>Ops::RecordsCommand</name>
    <message>
        <source>No profile: use --profile NAME or --profile-file FILE.</source>
        <translation>프로필이 없습니다. --profile NAME 또는 --profile-file FILE을 사용하세요.</translation>
    </message>
    <message>
        <source>The records database %1 was not migrated: %2</source>
        <translation>기록 데이터베이스를 마이그레이션하지 못했습니다: %1 (%2)</translation>
    </message>
    <message>
        <source>The records database %1 is up to date; %2 may append and read.</source>
        <translation>기록 데이터베이스가 최신 상태입니다: %1. 기록을 추가하고 읽을 수 있는 역할: %2</translation>
    </message>
    <message>
        <source>The records database %1 was migrated (%2); %3 may append and read.</source>
        <translation>기록 데이터베이스를 마이그레이션했습니다: %1 (적용한 버전: %2). 기록을 추가하고 읽을 수 있는 역할: %3</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>감사 기록을 확인할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Ops::RedisReplyGuard</name>
    <message>
        <source>Redis sent a reply of more than %1 (the most the console reads): the connection was closed</source>
        <translation>Redis 응답이 콘솔이 읽는 한도 초과(%1): 연결을 닫음</translation>
    </message>
    <message numerus="yes">
        <source>Redis sent a reply of more than %n element(s) (the most the console reads): the connection was closed</source>
        <translation>
            <numerusform>Redis 응답의 요소가 콘솔이 읽는 한도 초과(%n개): 연결을 닫음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops::RedisSource</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답 없음</translation>
    </message>
    <message>
        <source>cannot create a Redis connection (out of memory)</source>
        <translation>Redis 연결을 만들 수 없음 (메모리 부족)</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>%1:%2에 연결할 수 없음: %3</translation>
    </message>
    <message>
        <source>cannot send a command to %1:%2: %3</source>
        <translation>%1:%2에 명령을 보낼 수 없음: %3</translation>
    </message>
    <message>
        <source>connection to %1:%2 lost: %3</source>
        <translation>%1:%2 연결이 끊김: %3</translation>
    </message>
    <message>
        <source>the connection to %1:%2 was closed</source>
        <translation>%1:%2 연결이 닫힘</translation>
    </message>
    <message>
        <source>Redis refused the password: %1</source>
        <translation>Redis가 비밀번호를 거부함: %1</translation>
    </message>
    <message>
        <source>Redis answered PING with an error: %1</source>
        <translation>Redis가 PING에 오류로 응답함: %1</translation>
    </message>
    <message>
        <source>Redis answered INFO with an error: %1</source>
        <translation>Redis가 INFO에 오류로 응답함: %1</translation>
    </message>
    <message>
        <source>Redis answered INFO with something that is not INFO text</source>
        <translation>Redis의 INFO 응답이 INFO 형식이 아님</translation>
    </message>
    <message>
        <source>queue %1 cannot be read: %2</source>
        <translation>큐를 읽을 수 없음: %1 (%2)</translation>
    </message>
    <message>
        <source>queue %1 holds %2 items (alert above %3)</source>
        <translation>큐 %1에 항목 %2개 (%3개 초과 시 알림)</translation>
    </message>
    <message>
        <source>memory %1 % of maxmemory</source>
        <translation>메모리가 maxmemory의 %1%</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <comment>sources: redissource: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>%1의 주소를 찾을 수 없음: %2</translation>
    </message>
    <message>
        <source>unexpected reply type %1</source>
        <comment>sources: redissource: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>예상하지 못한 응답 유형 %1</translation>
    </message>
    <message>
        <source>the password was not sent: %1 is not on this machine and Redis has no TLS here; allow it in the profile (&quot;send the Redis password without TLS&quot;) only over a network you trust</source>
        <translation>비밀번호를 보내지 않음: 서버(%1)가 이 컴퓨터에 있지 않고 이 Redis 연결에는 TLS가 없음. 신뢰할 수 있는 네트워크에서만 프로필에서 허용해야 함(&quot;TLS 없이 Redis 비밀번호 보내기&quot;)</translation>
    </message>
</context>
<context>
    <name>Ops::RestartDialog</name>
    <message>
        <source>Another profile became active; this dialog no longer applies.</source>
        <translation>다른 프로필이 활성화되어 이 창은 더 이상 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>Taking the operator lock…</source>
        <translation>운영자 잠금을 얻는 중…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 재시작 중…</translation>
    </message>
    <message>
        <source>Recording it in the audit trail…</source>
        <translation>감사 기록에 남기는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1 was restarted and answers healthy again (%n replica(s) running).</source>
        <translation>
            <numerusform>%1 재시작을 마쳤고 다시 정상으로 응답합니다(레플리카 %n개 실행 중).</numerusform>
        </translation>
    </message>
    <message>
        <source>The restart is running.</source>
        <translation>재시작이 진행 중입니다.</translation>
    </message>
    <message>
        <source>The console is not connected to this stack.</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>⚠ Not recorded in the audit trail: %1</source>
        <translation>⚠ 감사 기록에 남지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Recorded in the offline journal (PostgreSQL is unreachable); it goes to the audit trail when the database is back.</source>
        <translation>로컬 저널에 기록했습니다(PostgreSQL에 연결할 수 없음). 데이터베이스가 돌아오면 감사 기록으로 옮겨집니다.</translation>
    </message>
    <message>
        <source>The restart failed: %1</source>
        <translation>재시작에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Restarted; waiting until %1 answers healthy…</source>
        <translation>재시작했습니다. 다시 정상으로 응답할 때까지 기다리는 중… (%1)</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <comment>restart dialog: window title</comment>
        <translation>%1 재시작</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <comment>restart dialog: title</comment>
        <translation>%1 재시작</translation>
    </message>
    <message>
        <source>The runbook&apos;s first mitigation of a P0: every container of %1 is restarted on the version it runs now, with the same number of replicas. The console takes the operator lock, records the restart in the audit trail and then waits until %1 answers healthy again.</source>
        <translation>절차서의 P0 첫 번째 완화 조치입니다. 서비스 %1의 모든 컨테이너를 지금 실행 중인 버전 그대로, 같은 레플리카 수로 재시작합니다. 콘솔은 운영자 잠금을 얻고 재시작을 감사 기록에 남긴 뒤, 다시 정상으로 응답할 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>Command:</source>
        <comment>restart dialog: form label</comment>
        <translation>명령:</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no command</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Reason:</source>
        <comment>restart dialog: form label</comment>
        <translation>사유:</translation>
    </message>
    <message>
        <source>e.g. P0: the API answers 502 (incident 14:02 UTC)</source>
        <comment>restart dialog: placeholder</comment>
        <translation>예: P0, API가 502로 응답함 (장애 14:02 UTC)</translation>
    </message>
    <message>
        <source>Restart</source>
        <comment>restart dialog: button</comment>
        <translation>재시작</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>restart dialog: button</comment>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Ops::RestartOperation</name>
    <message>
        <source>a restart is already running</source>
        <translation>재시작이 이미 진행 중임</translation>
    </message>
    <message>
        <source>the console is not connected to this stack</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid service name</source>
        <translation>올바른 서비스 이름이 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only the application&apos;s services can be restarted here (%1); %2 is not one of them.</source>
        <translation>여기서는 애플리케이션 서비스(%1)만 재시작할 수 있습니다. 이 서비스(%2)는 해당하지 않습니다.</translation>
    </message>
    <message>
        <source>A restart needs a reason: it goes into the audit trail.</source>
        <translation>재시작에는 사유가 필요합니다. 사유는 감사 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::ReviewPane</name>
    <message>
        <source>The plan cannot be built: %1</source>
        <translation>실행 계획을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The database %1 is restored from %2.</source>
        <translation>데이터베이스 복원: %1 ← %2</translation>
    </message>
    <message>
        <source>These commands run in this order, exactly as shown; a failing step stops the run.</source>
        <translation>아래 명령을 표시된 순서와 내용 그대로 실행합니다. 한 단계라도 실패하면 거기서 멈춥니다.</translation>
    </message>
    <message>
        <source>(repeated every second until it succeeds, at most 120 s)</source>
        <translation>(성공할 때까지 1초마다 반복, 최대 120초)</translation>
    </message>
    <message>
        <source>Type the target version to confirm:</source>
        <translation>확인하려면 목표 버전을 입력하세요:</translation>
    </message>
    <message>
        <source>%1 from %2 to %3.</source>
        <comment>rollback wizard, review step</comment>
        <translation>%1: %2 → %3.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <comment>rollback wizard, review step</comment>
        <translation>(알 수 없음)</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackAssessor</name>
    <message>
        <source>Prometheus: %1</source>
        <comment>rollback: why a figure is missing; %1 is the error</comment>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>no data from Prometheus</source>
        <comment>rollback: why a figure is missing</comment>
        <translation>Prometheus 데이터 없음</translation>
    </message>
    <message>
        <source>Prometheus does not know the running build</source>
        <comment>rollback: why a figure is missing</comment>
        <translation>Prometheus에 실행 중인 빌드 정보 없음</translation>
    </message>
    <message>
        <source>the API&apos;s /health does not report the database</source>
        <comment>rollback: why a figure is missing</comment>
        <translation>API의 /health에 데이터베이스 상태 없음</translation>
    </message>
    <message>
        <source>the API&apos;s /health answered HTTP %1 without JSON</source>
        <comment>rollback: why a figure is missing</comment>
        <translation>API의 /health 응답에 JSON 없음 (HTTP %1)</translation>
    </message>
    <message>
        <source>API: %1</source>
        <comment>rollback: why a figure is missing; %1 is the error</comment>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>the orchestrator lists no worker containers</source>
        <comment>rollback: why a figure is missing</comment>
        <translation>오케스트레이터 목록에 워커 컨테이너 없음</translation>
    </message>
    <message>
        <source>orchestrator: %1</source>
        <comment>rollback: why a figure is missing; %1 is the error</comment>
        <translation>오케스트레이터: %1</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackDecisionTree</name>
    <message>
        <source>Quick rollback (image version)</source>
        <translation>빠른 롤백 (이미지 버전)</translation>
    </message>
    <message>
        <source>Full rollback with database restore</source>
        <translation>데이터베이스 복원을 포함한 전체 롤백</translation>
    </message>
    <message>
        <source>Quick rollback, workers only</source>
        <translation>빠른 롤백 (워커만)</translation>
    </message>
    <message>
        <source>API errors (5xx) &gt; 5 %</source>
        <translation>API 오류(5xx) &gt; 5%</translation>
    </message>
    <message>
        <source>the API reports the database unhealthy</source>
        <translation>API가 데이터베이스를 비정상으로 보고함</translation>
    </message>
    <message>
        <source>the API reports the database healthy</source>
        <translation>API가 데이터베이스를 정상으로 보고함</translation>
    </message>
    <message>
        <source>Performance degradation (p95 at least 2× the baseline)</source>
        <translation>성능 저하 (p95가 기준값의 2배 이상)</translation>
    </message>
    <message>
        <source>p95 %1 ms, no baseline from before the deploy</source>
        <translation>p95 %1ms, 배포 전 기준값 없음</translation>
    </message>
    <message>
        <source>Worker failures &gt; 50 %</source>
        <translation>워커 실패 &gt; 50%</translation>
    </message>
    <message>
        <source>%1 of the worker containers failing</source>
        <translation>워커 컨테이너의 %1 실패 중</translation>
    </message>
    <message>
        <source>Data corruption (declared by the operator)</source>
        <translation>데이터 손상 (운영자가 직접 판단)</translation>
    </message>
    <message>
        <source>No rollback</source>
        <comment>rollback: rollbackdecision</comment>
        <translation>롤백 안 함</translation>
    </message>
    <message>
        <source>unknown (not measured)</source>
        <comment>rollback: rollbackdecision: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>알 수 없음 (측정 안 됨)</translation>
    </message>
    <message>
        <source>5xx share %1</source>
        <comment>rollback: rollbackdecision</comment>
        <translation>5xx 비율 %1</translation>
    </message>
    <message>
        <source>Database errors</source>
        <comment>rollback: rollbackdecision</comment>
        <translation>데이터베이스 오류</translation>
    </message>
    <message>
        <source>the API reports: %1</source>
        <comment>rollback: rollbackdecision: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>API 보고: %1</translation>
    </message>
    <message>
        <source>p95 %1 ms, %2 ms before the deploy (%3)</source>
        <comment>%3 is a factor such as 2.4×</comment>
        <translation>p95 %1ms, 배포 전 %2ms (%3)</translation>
    </message>
    <message>
        <source>declared</source>
        <comment>rollback: rollbackdecision: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>손상 있음 (운영자 판단)</translation>
    </message>
    <message>
        <source>not declared</source>
        <comment>rollback: rollbackdecision: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>손상 표시 안 함</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <comment>rollback: rollbackdecision: evidence of a branch that could not be evaluated; %1 says why</comment>
        <translation>알 수 없음: %1</translation>
    </message>
    <message>
        <source>p95 %1 ms, no baseline from before the deploy (%2)</source>
        <translation>p95 %1ms, 배포 전 기준값 없음 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>rollback: rollbackdecision: a missing branch of an undecided verdict: condition — evidence</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackIncident</name>
    <message>
        <source>(recommended: %1; reason for the other path: %2)</source>
        <translation>(권장: %1; 다른 경로를 택한 사유: %2)</translation>
    </message>
    <message>
        <source>Monitor for 30 minutes</source>
        <translation>30분간 모니터링</translation>
    </message>
    <message>
        <source>Fix the issues in staging</source>
        <translation>스테이징에서 문제 수정</translation>
    </message>
    <message>
        <source>Rollback from %1 to %2</source>
        <comment>rollback: rollbackincident</comment>
        <translation>롤백: %1 → %2</translation>
    </message>
    <message>
        <source>unknown version</source>
        <comment>rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>알 수 없는 버전</translation>
    </message>
    <message>
        <source>rollback wizard</source>
        <comment>rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>롤백 마법사</translation>
    </message>
    <message>
        <source>%1 to %2 started</source>
        <comment>rollback: rollbackincident</comment>
        <translation>%1 시작 (목표 버전 %2)</translation>
    </message>
    <message>
        <source>done</source>
        <comment>rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>도중에 끊김</translation>
    </message>
    <message>
        <source>Rollback finished</source>
        <comment>rollback: rollbackincident</comment>
        <translation>롤백 완료</translation>
    </message>
    <message>
        <source>Rollback aborted</source>
        <comment>rollback: rollbackincident</comment>
        <translation>롤백 중단</translation>
    </message>
    <message>
        <source>Database restored from %1</source>
        <comment>rollback: rollbackincident</comment>
        <translation>%1에서 데이터베이스 복원</translation>
    </message>
    <message>
        <source>Schedule the postmortem</source>
        <comment>rollback: rollbackincident</comment>
        <translation>사후 분석 일정 잡기</translation>
    </message>
    <message>
        <source>Plan the re-deployment</source>
        <comment>rollback: rollbackincident</comment>
        <translation>재배포 계획 수립</translation>
    </message>
    <message>
        <source>(the decision tree could not decide: %1; the operator&apos;s reason: %2)</source>
        <translation>(판단 트리로 판단할 수 없음: %1; 운영자 사유: %2)</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackPage</name>
    <message>
        <source>&quot;%1&quot; was running when the console stopped; it may or may not have finished. Run it again, or continue as if it had finished?</source>
        <translation>콘솔이 멈췄을 때 &quot;%1&quot; 단계가 실행 중이었습니다. 끝났는지는 알 수 없습니다. 다시 실행할까요, 아니면 끝난 것으로 보고 계속할까요?</translation>
    </message>
    <message>
        <source>Aborting after the running step…</source>
        <translation>실행 중인 단계가 끝나면 중단합니다…</translation>
    </message>
    <message>
        <source>Build %1 deployed at about %2 (Prometheus&apos; build_info); the baseline is the p95 one minute before.</source>
        <translation>빌드 %1 배포 시각: 약 %2 — Prometheus build_info 기준. 기준 p95는 배포 1분 전 값입니다.</translation>
    </message>
    <message>
        <source>Prometheus does not know when the running build was deployed: no baseline p95.</source>
        <translation>Prometheus에 실행 중인 빌드의 배포 시각이 없어 기준 p95를 구할 수 없습니다.</translation>
    </message>
    <message>
        <source>Verified: the stack runs %1 and is healthy.</source>
        <translation>검증 완료: 스택이 %1 버전으로 정상 실행 중입니다.</translation>
    </message>
    <message>
        <source>Verification failed: see the checks below.</source>
        <translation>검증 실패: 아래 확인 결과를 보세요.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s). Nothing has run yet.</source>
        <translation>
            <numerusform>준비 완료: 총 %n단계. 아직 아무것도 실행하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>the console is not connected to this stack</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>Running step %1 of %2…</source>
        <translation>%2단계 중 %1단계 실행 중…</translation>
    </message>
    <message>
        <source>Step %1 failed: %2. Retry it, skip it (with a reason) or abort the rollback.</source>
        <translation>%1단계 실패: %2. 다시 시도하거나, 사유를 적고 건너뛰거나, 롤백을 중단하세요.</translation>
    </message>
    <message>
        <source>The rollback ran. Next: verify it.</source>
        <translation>롤백을 실행했습니다. 이제 검증하세요.</translation>
    </message>
    <message>
        <source>The rollback was aborted; what ran is in the audit trail.</source>
        <translation>롤백이 중단되었습니다. 실행된 내용은 감사 기록에 남아 있습니다.</translation>
    </message>
    <message>
        <source>This production profile is read-only until it is armed (Scaling page).</source>
        <translation>이 프로덕션 프로필은 작업 활성화 전까지 읽기 전용입니다 (증설·축소 페이지).</translation>
    </message>
    <message>
        <source>Connecting to the stack&apos;s database…</source>
        <translation>스택의 데이터베이스에 연결하는 중…</translation>
    </message>
    <message>
        <source>Taking the operator lock…</source>
        <translation>운영자 잠금을 얻는 중…</translation>
    </message>
    <message>
        <source>Verifying the rollback to %1…</source>
        <translation>롤백 결과를 검증하는 중 (목표 버전 %1)…</translation>
    </message>
    <message>
        <source>screenshot of the wizard</source>
        <translation>마법사 스크린샷</translation>
    </message>
    <message>
        <source>A rollback to %1 (%2) started %3 did not finish: it stopped at step %4 of %5, &quot;%6&quot;. Completed steps will not run again.</source>
        <translation>%3에 시작한 롤백(목표 버전 %1, %2)이 끝나지 않았습니다. %5단계 중 %4단계 &quot;%6&quot;에서 멈췄습니다. 완료된 단계는 다시 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>Resume the rollback</source>
        <comment>rollback wizard: dialog title</comment>
        <translation>롤백 재개</translation>
    </message>
    <message>
        <source>Run it again</source>
        <comment>rollback wizard: dialog button</comment>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>It finished: continue</source>
        <comment>rollback wizard: dialog button</comment>
        <translation>끝났음: 계속 진행</translation>
    </message>
    <message>
        <source>✖ step %1 failed: %2</source>
        <comment>rollback wizard</comment>
        <translation>✖ %1단계 실패: %2</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <comment>rollback wizard</comment>
        <translation>시작하지 못함: %1</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <comment>rollback wizard</comment>
        <translation>재개하는 중…</translation>
    </message>
    <message>
        <source>Rollback</source>
        <comment>rollback wizard: title</comment>
        <translation>롤백</translation>
    </message>
    <message>
        <source>Assess</source>
        <comment>rollback wizard</comment>
        <translation>상황 판단</translation>
    </message>
    <message>
        <source>Target version</source>
        <comment>rollback wizard</comment>
        <translation>목표 버전</translation>
    </message>
    <message>
        <source>Backup</source>
        <comment>rollback wizard</comment>
        <translation>백업</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>rollback wizard</comment>
        <translation>검토</translation>
    </message>
    <message>
        <source>Execute</source>
        <comment>rollback wizard</comment>
        <translation>실행</translation>
    </message>
    <message>
        <source>Verify</source>
        <comment>rollback wizard</comment>
        <translation>검증</translation>
    </message>
    <message>
        <source>After</source>
        <comment>rollback wizard</comment>
        <translation>사후 조치</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>rollback wizard: button</comment>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Continue to execution</source>
        <comment>rollback wizard: button</comment>
        <translation>실행 단계로</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>rollback wizard: button</comment>
        <translation>다음</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>rollback wizard: button</comment>
        <translation>재개</translation>
    </message>
    <message>
        <source>Discard</source>
        <comment>rollback wizard: button</comment>
        <translation>폐기</translation>
    </message>
    <message>
        <source>the end</source>
        <comment>rollback wizard</comment>
        <translation>마무리</translation>
    </message>
    <message>
        <source>The override cannot be recorded (the console is not connected to this stack&apos;s records), so the wizard stays here.</source>
        <translation>긴급 예외를 기록할 수 없어(콘솔이 이 스택의 기록에 연결되어 있지 않음) 마법사가 이 단계에 머뭅니다.</translation>
    </message>
    <message>
        <source>The override could not be recorded, so the wizard stays here: %1</source>
        <translation>긴급 예외를 기록하지 못해 마법사가 이 단계에 머뭅니다: %1</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackPlan</name>
    <message>
        <source>&quot;%1&quot; is not a valid version (a tag like 0.1.0, or sha256: and 64 hex digits)</source>
        <translation>올바른 버전이 아님: &quot;%1&quot; (0.1.0 같은 태그나 sha256: 뒤 16진수 64자리)</translation>
    </message>
    <message>
        <source>no rollback path chosen</source>
        <translation>롤백 경로를 선택하지 않음</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database user name</source>
        <translation>올바른 데이터베이스 사용자 이름이 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid database name</source>
        <translation>올바른 데이터베이스 이름이 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a full rollback needs a backup file</source>
        <translation>전체 롤백에는 백업 파일이 필요함</translation>
    </message>
    <message>
        <source>the stack has no worker services</source>
        <translation>스택에 워커 서비스가 없음</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid service name</source>
        <translation>올바른 서비스 이름이 아님: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the backup creates the schema &quot;%1&quot;, which the console will not replace</source>
        <translation>백업이 콘솔이 교체하지 않는 스키마를 만듦: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the replica counts of the application&apos;s services are not known yet</source>
        <translation>애플리케이션 서비스의 레플리카 수를 아직 알 수 없음</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackRecordedRun</name>
    <message>
        <source># A recorded run, shown for the picture: no command ran on the stack.</source>
        <translation># 화면용 기록 실행입니다. 스택에서 실행된 명령은 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackRunner</name>
    <message>
        <source>a rollback is already running</source>
        <translation>롤백이 이미 진행 중임</translation>
    </message>
    <message>
        <source>interrupted by a crash; the operator confirmed it had finished</source>
        <translation>비정상 종료로 도중에 끊김; 운영자가 완료된 것으로 확인함</translation>
    </message>
    <message>
        <source>the console is not connected to this stack</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>the saved rollback does not match its plan any more</source>
        <translation>저장된 롤백이 더 이상 실행 계획과 일치하지 않음</translation>
    </message>
    <message>
        <source>PostgreSQL did not accept connections within %1 s: %2</source>
        <translation>PostgreSQL이 %1초 안에 연결을 받지 않음: %2</translation>
    </message>
    <message>
        <source>tables of the backup missing after the restore: %1</source>
        <translation>복원 후 백업의 테이블이 없음: %1</translation>
    </message>
    <message>
        <source>the database has no tables after the restore</source>
        <translation>복원 후 데이터베이스에 테이블이 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) present, all %1 of the backup among them</source>
        <translation>
            <numerusform>테이블 %n개 있음 (백업의 테이블 %1개 모두 포함)</numerusform>
        </translation>
    </message>
    <message>
        <source>rollback to %1</source>
        <comment>rollback: rollbackrunner: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>롤백(목표 버전 %1)</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <comment>rollback: rollbackrunner: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>not started: %1</source>
        <translation>시작하지 않음: %1</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackStep</name>
    <message>
        <source>Stop the services</source>
        <comment>rollback step: wizard, audit Target column, incident timeline</comment>
        <translation>서비스 중지</translation>
    </message>
    <message>
        <source>Start only PostgreSQL</source>
        <comment>rollback step: wizard, audit Target column, incident timeline</comment>
        <translation>PostgreSQL만 시작</translation>
    </message>
    <message>
        <source>Wait until PostgreSQL accepts connections</source>
        <comment>rollback step: wizard, audit Target column, incident timeline</comment>
        <translation>PostgreSQL이 연결을 받을 때까지 대기</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <comment>rollback step: wizard, audit Target column, incident timeline</comment>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Check the restored tables</source>
        <comment>rollback step: wizard, audit Target column, incident timeline</comment>
        <translation>복원된 테이블 확인</translation>
    </message>
    <message>
        <source>Start the services on the target version</source>
        <comment>rollback step: wizard, audit Target column, incident timeline</comment>
        <translation>목표 버전으로 서비스 시작</translation>
    </message>
    <message>
        <source>Start the workers on the target version</source>
        <comment>rollback step: wizard, audit Target column, incident timeline</comment>
        <translation>목표 버전으로 워커 시작</translation>
    </message>
    <message>
        <source>Stop the application&apos;s services</source>
        <comment>rollback step: wizard, audit Target column, incident timeline</comment>
        <translation>애플리케이션 서비스 중지</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackTargetVersions</name>
    <message>
        <source>deployed before the rollback of %1</source>
        <translation>%1 롤백 전에 배포되어 있던 버전</translation>
    </message>
    <message>
        <source>rolled back to on %1</source>
        <translation>%1 롤백 때 되돌아간 버전</translation>
    </message>
    <message>
        <source>running image tag of %1</source>
        <translation>%1에서 실행 중인 이미지 태그</translation>
    </message>
    <message>
        <source>deployed on %1</source>
        <comment>rollback: rollbacktargetversions: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>%1에 배포됨</translation>
    </message>
</context>
<context>
    <name>Ops::RollbackVerifier</name>
    <message>
        <source>/version is the target version</source>
        <translation>/version이 목표 버전과 일치</translation>
    </message>
    <message>
        <source>The backup&apos;s tables are there</source>
        <translation>백업의 테이블이 모두 있음</translation>
    </message>
    <message>
        <source>The smoke test passes</source>
        <translation>스모크 테스트 통과</translation>
    </message>
    <message>
        <source>HTTP %1, status &quot;%2&quot;</source>
        <translation>HTTP %1, 상태 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no orchestrator to ask</source>
        <translation>조회할 오케스트레이터가 없음</translation>
    </message>
    <message>
        <source>%1 table(s) of the backup present</source>
        <translation>백업의 테이블 %1개 있음</translation>
    </message>
    <message>
        <source>/health is healthy</source>
        <comment>rollback: rollbackverifier</comment>
        <translation>/health 정상</translation>
    </message>
    <message>
        <source>running %1, target %2</source>
        <comment>rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>실행 중 %1, 목표 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>rollback: rollbackverifier</comment>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <comment>rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>누락: %1</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <comment>rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>종료 코드 %1: %2</translation>
    </message>
    <message>
        <source>no data yet</source>
        <comment>rollback: rollbackverifier: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>아직 데이터 없음</translation>
    </message>
    <message>
        <source>5xx share %1 % since the rollback finished at %2 (%3)</source>
        <comment>rollback: rollbackverifier: %2 is a time with its zone, %3 the duration measured</comment>
        <translation>롤백 완료 시각 %2 이후 5xx 비율 %1% (측정 %3)</translation>
    </message>
    <message>
        <source>5xx share under 1 % since the rollback finished (Prometheus)</source>
        <translation>롤백 완료 후 5xx 비율 1% 미만 (Prometheus)</translation>
    </message>
    <message>
        <source>measuring since %1: %2 so far, judged after %3</source>
        <comment>rollback: rollbackverifier: error rate not judged yet; %1 is a time with its zone, %2 and %3 durations</comment>
        <translation>측정 시작 %1, 지금까지 %2 측정함, %3 뒤에 판정함</translation>
    </message>
</context>
<context>
    <name>Ops::SavedStateFile</name>
    <message>
        <source>no file to save to</source>
        <translation>저장할 파일이 없음</translation>
    </message>
</context>
<context>
    <name>Ops::ScaleDialog</name>
    <message>
        <source>Another profile became active; this dialog no longer applies.</source>
        <translation>다른 프로필이 활성화되어 이 창은 더 이상 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>÷2</source>
        <comment>halve replicas</comment>
        <translation>÷2</translation>
    </message>
    <message>
        <source>×2</source>
        <comment>double replicas</comment>
        <translation>×2</translation>
    </message>
    <message>
        <source>Why, in words (required; goes into the audit trail)</source>
        <translation>사유를 적으세요 (필수, 감사 기록에 남습니다)</translation>
    </message>
    <message>
        <source>Emergency override: guardrails are reported but do not block (recorded as an override)</source>
        <translation>긴급 예외 실행: 가드레일 위반은 표시만 하고 막지 않음 (감사 기록에 긴급 예외로 남음)</translation>
    </message>
    <message>
        <source>Command that will run:</source>
        <translation>실행할 명령:</translation>
    </message>
    <message>
        <source>Metrics before and after:</source>
        <translation>증설·축소 전후 지표:</translation>
    </message>
    <message>
        <source>A scale is running.</source>
        <translation>증설·축소가 진행 중입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid service name: names start with a letter or digit and contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>올바른 서비스 이름이 아닙니다: &quot;%1&quot;. 이름은 영문자나 숫자로 시작하고 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Profile %1 is production and read-only: arm it on the Scaling page first.</source>
        <translation>프로덕션 프로필(%1)이라 읽기 전용입니다. 먼저 증설·축소 페이지에서 작업 활성화 버튼을 누르세요.</translation>
    </message>
    <message>
        <source>The number of running replicas of %1 is not known yet.</source>
        <translation>%1의 실행 중인 레플리카 수를 아직 모릅니다.</translation>
    </message>
    <message>
        <source>Scaling to 0 stops %1: type its name to confirm.</source>
        <translation>0으로 축소하면 서비스가 중지됩니다: %1. 확인하려면 서비스 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Replicas running now: not known yet (waiting for the orchestrator).</source>
        <translation>현재 실행 중인 레플리카: 아직 모름 (오케스트레이터 응답 대기 중).</translation>
    </message>
    <message>
        <source>Replicas running now: %1 (desired %2)</source>
        <translation>현재 실행 중인 레플리카: %1개 (목표 %2개)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no command</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Bounds for %1: %2 to %3 replicas.</source>
        <translation>%1 범위: 레플리카 %2~%3개.</translation>
    </message>
    <message>
        <source>Cool-down: %1 left (last change %2).</source>
        <translation>쿨다운: %1 남음 (마지막 변경 %2)</translation>
    </message>
    <message>
        <source>Cool-down: over (last change %1).</source>
        <translation>쿨다운: 끝남 (마지막 변경 %1)</translation>
    </message>
    <message>
        <source>Cool-down: no recent change of %1.</source>
        <translation>쿨다운: 최근 변경 없음 (%1)</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>사유를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Allowed only as an emergency override: the audit entry says so.</source>
        <translation>긴급 예외로만 허용됩니다. 감사 기록에 긴급 예외로 남습니다.</translation>
    </message>
    <message>
        <source>Scaling %1 from %2 to %3…</source>
        <translation>레플리카 조정 중: %1 %2개 → %3개…</translation>
    </message>
    <message>
        <source>1/4 Taking the operator lock…</source>
        <translation>1/4 운영자 잠금을 얻는 중…</translation>
    </message>
    <message>
        <source>2/4 Running the command…</source>
        <translation>2/4 명령을 실행하는 중…</translation>
    </message>
    <message>
        <source>3/4 Writing the audit entry…</source>
        <translation>3/4 감사 기록을 남기는 중…</translation>
    </message>
    <message>
        <source>4/4 Releasing the lock…</source>
        <translation>4/4 잠금을 푸는 중…</translation>
    </message>
    <message>
        <source>The audit entry could not be recorded: %1</source>
        <translation>감사 기록을 남기지 못했습니다: %1</translation>
    </message>
    <message>
        <source>PostgreSQL is unreachable: the audit entry waits in the local journal.</source>
        <translation>PostgreSQL에 연결할 수 없어 감사 기록이 로컬 저널에서 대기 중입니다.</translation>
    </message>
    <message>
        <source>The command failed (exit code %1).</source>
        <translation>명령이 실패했습니다 (종료 코드 %1).</translation>
    </message>
    <message>
        <source>Verifying that %1 replicas of %2 are running…</source>
        <translation>%2의 레플리카 %1개가 실행 중인지 확인하는 중…</translation>
    </message>
    <message>
        <source>Done.</source>
        <comment>scale dialog: label</comment>
        <translation>완료.</translation>
    </message>
    <message>
        <source>%1 now runs %2 replicas.</source>
        <comment>scale dialog</comment>
        <translation>완료: %1 레플리카 %2개 실행 중.</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <comment>scale dialog: dialog title</comment>
        <translation>%1 증설·축소</translation>
    </message>
    <message>
        <source>Target replicas</source>
        <comment>scale dialog: label</comment>
        <translation>목표 레플리카 수</translation>
    </message>
    <message>
        <source>−1</source>
        <comment>scale dialog</comment>
        <translation>−1</translation>
    </message>
    <message>
        <source>+1</source>
        <comment>scale dialog</comment>
        <translation>+1</translation>
    </message>
    <message>
        <source>Stop (0)</source>
        <comment>scale dialog</comment>
        <translation>중지 (0)</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>scale dialog: label</comment>
        <translation>사유</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <comment>scale dialog: label</comment>
        <translation>확인하려면 입력하세요: %1</translation>
    </message>
    <message>
        <source>Guardrails:</source>
        <comment>scale dialog: form label</comment>
        <translation>가드레일:</translation>
    </message>
    <message>
        <source>Scale</source>
        <comment>scale dialog: button</comment>
        <translation>실행</translation>
    </message>
    <message>
        <source>No active profile.</source>
        <comment>scale dialog</comment>
        <translation>활성 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>One step: up to %1 (at most %2), down to %3 (at least %4).</source>
        <comment>%1 and %3 are factors: 2×, 0.5×</comment>
        <translation>한 번에: 증설은 최대 %1(%2개까지), 축소는 최대 %3(%4개 이상).</translation>
    </message>
    <message>
        <source>Within the guardrails.</source>
        <comment>scale dialog</comment>
        <translation>가드레일 안에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::ScaleHint</name>
    <message>
        <source>API p95 response time is %1 ms (over %2 ms): scale up app.</source>
        <translation>API p95 응답 시간이 %1ms입니다 (%2ms 초과): app을 증설하세요.</translation>
    </message>
    <message>
        <source>App CPU is %1 % (over %2 %): scale up app.</source>
        <translation>app CPU가 %1%입니다 (%2% 초과): app을 증설하세요.</translation>
    </message>
    <message>
        <source>Request queue holds %1 (over %2): scale up app.</source>
        <translation>요청 큐에 %1개가 있습니다 (%2개 초과): app을 증설하세요.</translation>
    </message>
    <message>
        <source>LLM queue holds %1 tasks (over %2): scale up worker-llm.</source>
        <translation>LLM 큐에 작업 %1개가 있습니다 (%2개 초과): worker-llm을 증설하세요.</translation>
    </message>
    <message>
        <source>Average LLM wait is %1 s (over %2 s): scale up worker-llm.</source>
        <translation>LLM 평균 대기 시간이 %1초입니다 (%2초 초과): worker-llm을 증설하세요.</translation>
    </message>
    <message>
        <source>Training backlog is %1 jobs (over %2): scale up worker-rl.</source>
        <translation>학습 대기 작업이 %1개입니다 (%2개 초과): worker-rl을 증설하세요.</translation>
    </message>
</context>
<context>
    <name>Ops::ScaleOperation</name>
    <message>
        <source>a scaling operation is already running</source>
        <translation>증설·축소 작업이 이미 진행 중임</translation>
    </message>
    <message>
        <source>the console is not connected to this stack</source>
        <translation>콘솔이 이 스택에 연결되어 있지 않음</translation>
    </message>
    <message>
        <source>nothing to scale</source>
        <comment>scaling: scaleoperation: error or status fragment, shown after “…: ” in a longer message</comment>
        <translation>조정할 대상이 없음</translation>
    </message>
</context>
<context>
    <name>Ops::ScalePolicy</name>
    <message>
        <source>an emergency override needs a reason</source>
        <translation>긴급 예외에는 사유가 필요함</translation>
    </message>
    <message>
        <source>a reason is required for every change</source>
        <translation>모든 변경에는 사유가 필요함</translation>
    </message>
    <message>
        <source>replica counts cannot be negative</source>
        <translation>레플리카 수는 음수일 수 없음</translation>
    </message>
    <message>
        <source>at most %1 in one step: from %2 up to %3, not %4</source>
        <translation>한 번에 최대 %1: %2개 → %3개까지만 증설 가능 (요청 %4개)</translation>
    </message>
    <message>
        <source>at most %1 in one step: from %2 down to %3, not %4</source>
        <translation>한 번에 최대 %1: %2개 → %3개까지만 축소 가능 (요청 %4개)</translation>
    </message>
    <message>
        <source>%1 needs at least %2 replicas</source>
        <translation>레플리카가 %2개 이상 필요함: %1</translation>
    </message>
    <message>
        <source>%1 may run at most %2 replicas</source>
        <translation>레플리카 최대 %2개까지만 가능: %1</translation>
    </message>
    <message>
        <source>%1 changed %2 min %3 s ago: wait %4 min %5 s more (cool-down %6 min)</source>
        <translation>%2분 %3초 전에 변경됨: %1. %4분 %5초 더 기다려야 함 (쿨다운 %6분)</translation>
    </message>
    <message>
        <source>The largest step up must be more than ×1 and at most ×10, not ×%1.</source>
        <translation>최대 증설 배수는 1배보다 크고 10배 이하여야 합니다(입력값: %1배).</translation>
    </message>
    <message>
        <source>The largest step down must be between ×0 and ×1, not ×%1.</source>
        <translation>최대 축소 배수는 0배와 1배 사이여야 합니다(입력값: %1배).</translation>
    </message>
    <message>
        <source>The cool-down must be between 0 s and one day.</source>
        <translation>쿨다운은 0초에서 하루 사이여야 합니다.</translation>
    </message>
    <message>
        <source>%1: the bounds must satisfy 0 ≤ minimum ≤ maximum ≤ 1000 (now %2 to %3).</source>
        <translation>%1: 범위는 0 ≤ 최소 ≤ 최대 ≤ 1000이어야 합니다(지금 %2~%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid service name.</source>
        <translation>올바른 서비스 이름이 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 already runs %2 replicas</source>
        <comment>scaling: scalepolicy</comment>
        <translation>이미 레플리카 %2개로 실행 중임: %1</translation>
    </message>
    <message>
        <source>Other services</source>
        <comment>scaling: scalepolicy</comment>
        <translation>그 밖의 서비스</translation>
    </message>
</context>
<context>
    <name>Ops::ScalingPage</name>
    <message>
        <source>Emergency downscale (worker-llm=1, worker-rl=1) — reason:</source>
        <translation>긴급 축소 (worker-llm=1, worker-rl=1) — 사유:</translation>
    </message>
    <message>
        <source>Gradual downscale (one replica per step, metrics checked before each step)</source>
        <translation>단계적 축소 (한 단계에 레플리카 하나씩, 단계마다 지표 확인)</translation>
    </message>
    <message>
        <source>Production profile: arm it first (button at the top right).</source>
        <translation>프로덕션 프로필: 먼저 작업 활성화 버튼(오른쪽 위)을 누르세요.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 to %4…</source>
        <translation>%2단계 중 %1단계: %3 → %4개…</translation>
    </message>
    <message>
        <source>Next step (%1 to %2) in %3:%4; watching the metrics.</source>
        <translation>다음 단계(%1 → %2개)까지 %3:%4 — 지표 확인 중</translation>
    </message>
    <message>
        <source>The number of running replicas of %1 is not known yet.</source>
        <translation>%1의 실행 중인 레플리카 수를 아직 모릅니다.</translation>
    </message>
    <message>
        <source>worker-llm and worker-rl already run 1 replica each.</source>
        <translation>worker-llm과 worker-rl이 이미 각각 레플리카 1개로 실행 중입니다.</translation>
    </message>
    <message>
        <source>Emergency downscale done: worker-llm=1, worker-rl=1.</source>
        <translation>긴급 축소 완료: worker-llm=1, worker-rl=1.</translation>
    </message>
    <message>
        <source>Step limits, cool-down and replica bounds of this profile</source>
        <translation>이 프로필의 단계 제한, 쿨다운, 레플리카 범위</translation>
    </message>
    <message>
        <source>Scaling</source>
        <comment>scaling page: title</comment>
        <translation>증설·축소</translation>
    </message>
    <message>
        <source>Scale…</source>
        <comment>scaling page: button</comment>
        <translation>증설·축소…</translation>
    </message>
    <message>
        <source>Guardrails…</source>
        <comment>scaling page: button</comment>
        <translation>가드레일…</translation>
    </message>
    <message>
        <source>Quick:</source>
        <comment>scaling page: form label</comment>
        <translation>빠른 조정:</translation>
    </message>
    <message>
        <source>System overloaded: …</source>
        <comment>scaling page: placeholder text in an empty field</comment>
        <translation>시스템 과부하: …</translation>
    </message>
    <message>
        <source>Emergency downscale</source>
        <comment>scaling page: button</comment>
        <translation>긴급 축소</translation>
    </message>
    <message>
        <source>down to</source>
        <comment>scaling page: label</comment>
        <translation>목표</translation>
    </message>
    <message>
        <source>every</source>
        <comment>scaling page: label</comment>
        <translation>간격</translation>
    </message>
    <message>
        <source> min</source>
        <comment>scaling page</comment>
        <translation>분</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <comment>scaling page: placeholder text in an empty field</comment>
        <translation>사유 (필수)</translation>
    </message>
    <message>
        <source>Start plan</source>
        <comment>scaling page: button</comment>
        <translation>계획 시작</translation>
    </message>
    <message>
        <source>Abort</source>
        <comment>scaling page: button</comment>
        <translation>중단</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>scaling page: button</comment>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>scaling page: button</comment>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Emergency downscale failed: %1</source>
        <comment>scaling page</comment>
        <translation>긴급 축소 실패: %1</translation>
    </message>
    <message>
        <source>Emergency downscale running…</source>
        <comment>scaling page: status text</comment>
        <translation>긴급 축소 진행 중…</translation>
    </message>
    <message>
        <source>Resume the gradual downscale</source>
        <comment>scaling page: dialog title</comment>
        <translation>단계적 축소 재개</translation>
    </message>
    <message>
        <source>Scaling %1 to %2 was running when the console stopped; it may or may not have happened (the Replicas column shows what runs now). Scale to %2 again, or continue as if it had happened?</source>
        <translation>콘솔이 멈출 때 %1 레플리카를 %2개로 조정하는 중이었습니다. 적용되었는지는 알 수 없습니다(지금 실행 중인 수는 레플리카 열에 표시됩니다). 다시 %2개로 조정하시겠습니까, 아니면 적용된 것으로 보고 계속하시겠습니까?</translation>
    </message>
    <message>
        <source>Scale again</source>
        <comment>scaling page: dialog button</comment>
        <translation>다시 조정</translation>
    </message>
    <message>
        <source>It happened: continue</source>
        <comment>scaling page: dialog button</comment>
        <translation>적용됨: 계속</translation>
    </message>
    <message>
        <source>A gradual downscale of %1 from %2 to %3 started %4 did not finish: %5 of %6 steps done. Finished steps will not run again.</source>
        <translation>끝나지 않은 단계적 축소가 있습니다: %1, %2 → %3, 시작 %4. 전체 %6단계 중 %5단계를 마쳤습니다. 끝난 단계는 다시 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>Scaling to %1 was running when the console stopped: you will be asked whether it happened.</source>
        <translation>콘솔이 멈출 때 레플리카 %1개로 조정하는 중이었습니다. 적용되었는지 묻습니다.</translation>
    </message>
    <message>
        <source>Next: %1 to %2.</source>
        <translation>다음: %1 → %2.</translation>
    </message>
    <message>
        <source>Discard</source>
        <comment>scaling page: button</comment>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Forget the remaining steps; nothing is changed on the stack.</source>
        <translation>남은 단계를 버립니다. 스택에는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Connecting to the stack&apos;s database…</source>
        <comment>scaling page</comment>
        <translation>스택 데이터베이스에 연결하는 중…</translation>
    </message>
    <message>
        <source>Resuming the gradual downscale of %1…</source>
        <translation>단계적 축소 재개 중: %1…</translation>
    </message>
    <message>
        <source>Restart…</source>
        <comment>scaling page: button</comment>
        <translation>재시작…</translation>
    </message>
    <message>
        <source>The console scales and restarts only the application&apos;s services (%1); %2 is not one of them.</source>
        <translation>콘솔은 애플리케이션 서비스(%1)만 증설·축소하고 재시작합니다. 이 서비스(%2)는 해당하지 않습니다.</translation>
    </message>
    <message>
        <source>A plan that did not finish is waiting: resume or discard it first.</source>
        <translation>끝나지 않은 계획이 있습니다. 먼저 재개하거나 폐기하십시오.</translation>
    </message>
    <message>
        <source>Held before the next step: %1</source>
        <translation>다음 단계 전에 보류됨: %1</translation>
    </message>
    <message>
        <source>%1 is not restarted from the console: only the application&apos;s services are (%2).</source>
        <translation>콘솔에서는 애플리케이션 서비스(%2)만 재시작합니다. 이 서비스(%1)는 재시작하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::SchemaMigrations</name>
    <message>
        <source>the records database needs the migrations %1, which only an administrator can apply: opsconsole --migrate --admin-user &lt;a superuser&gt; (the role %2 may not act as %3)</source>
        <translation>기록 데이터베이스에 관리자만 적용할 수 있는 마이그레이션이 남아 있음: %1 — opsconsole --migrate --admin-user &lt;슈퍼유저&gt;로 적용해야 함(현재 역할 %2에는 %3 권한이 없음)</translation>
    </message>
    <message>
        <source>the role %1 does not exist</source>
        <translation>존재하지 않는 역할: %1</translation>
    </message>
</context>
<context>
    <name>Ops::Screenshot</name>
    <message>
        <source>Page&apos;s first data did not arrive in time; capturing it as it is.</source>
        <translation>페이지의 첫 데이터가 제시간에 오지 않아 현재 화면을 저장합니다.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The window kept repainting; capturing it as it is.</source>
        <translation>창이 계속 다시 그려지고 있어 현재 화면을 저장합니다.</translation>
    </message>
    <message>
        <source>The window is not on a screen (platform %1): nothing to copy.</source>
        <translation>창이 화면에 없어(플랫폼 %1) 복사할 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::SecretBinding</name>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL 비밀번호</translation>
    </message>
    <message>
        <source>Redis password</source>
        <translation>Redis 비밀번호</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 토큰</translation>
    </message>
    <message>
        <source>Prometheus token</source>
        <translation>Prometheus 토큰</translation>
    </message>
    <message>
        <source>the %1 is not bound to an endpoint: it was not sent</source>
        <translation>연결 대상이 기록되지 않은 비밀 정보라 보내지 않음: %1</translation>
    </message>
    <message>
        <source>the %1 was entered for %2 and was not sent to %3: enter it again, or confirm it for the new address on the Settings page</source>
        <translation>다른 연결 대상에 입력된 비밀 정보라 보내지 않음: %1 (입력한 대상 %2, 현재 대상 %3). 설정 페이지에서 다시 입력하거나 새 주소에 쓰도록 확인해야 함</translation>
    </message>
    <message>
        <source>%1: entered for %2, the profile now points at %3</source>
        <translation>%1: 입력한 대상 %2, 프로필의 현재 대상 %3</translation>
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
    <message>
        <source>The keychain request was abandoned.</source>
        <translation>키체인 요청이 중단되었습니다.</translation>
    </message>
</context>
<context>
    <name>Ops::ServiceStatus</name>
    <message>
        <source>No answer yet</source>
        <comment>service tile: the source never answered</comment>
        <translation>아직 응답 없음</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <comment>service tile</comment>
        <translation>아직 확인 안 됨</translation>
    </message>
    <message>
        <source>No answer for %1 (expected every %2)</source>
        <comment>service tile: the last answer is overdue</comment>
        <translation>응답 없는 시간: %1 (예상 주기: %2)</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <comment>service tile: age of the last answer, e.g. “12 s ago”</comment>
        <translation>응답: %1</translation>
    </message>
</context>
<context>
    <name>Ops::ServiceStatusModel</name>
    <message>
        <source>%1 of %2</source>
        <comment>replicas running of desired</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>service status column</comment>
        <translation>서비스</translation>
    </message>
    <message>
        <source>State</source>
        <comment>service status column</comment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Replicas</source>
        <comment>service status column</comment>
        <translation>레플리카</translation>
    </message>
    <message>
        <source>Version</source>
        <comment>service status column</comment>
        <translation>버전</translation>
    </message>
    <message>
        <source>Latency</source>
        <comment>service status column</comment>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>Last check</source>
        <comment>service status column</comment>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Failures</source>
        <comment>service status column: consecutive failed checks</comment>
        <translation>연속 실패</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>service status column</comment>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>Ops::ServiceTile</name>
    <message>
        <source>Version or image tag</source>
        <translation>버전 또는 이미지 태그</translation>
    </message>
    <message>
        <source>Open the scale dialog for %1</source>
        <translation>증설·축소 창 열기: %1</translation>
    </message>
    <message>
        <source>Open a new incident about %1</source>
        <translation>장애 등록: %1</translation>
    </message>
    <message>
        <source>Replicas: –</source>
        <comment>dashboard, service tile: label</comment>
        <translation>레플리카: –</translation>
    </message>
    <message>
        <source>Replicas: %1 of %2</source>
        <comment>dashboard, service tile: label</comment>
        <translation>레플리카: %1/%2</translation>
    </message>
    <message>
        <source>Replicas: %1</source>
        <comment>dashboard, service tile: label</comment>
        <translation>레플리카: %1개</translation>
    </message>
    <message>
        <source>Scale…</source>
        <comment>dashboard, service tile: button</comment>
        <translation>증설·축소…</translation>
    </message>
    <message>
        <source>Incident…</source>
        <comment>dashboard, service tile: button</comment>
        <translation>장애 등록…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>dashboard, service tile</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last answer of the %1 check: %2</source>
        <comment>dashboard, service tile: tooltip</comment>
        <translation>마지막 응답(%1 확인): %2</translation>
    </message>
    <message>
        <source>Restart…</source>
        <comment>dashboard, service tile: button</comment>
        <translation>재시작…</translation>
    </message>
    <message>
        <source>Restart %1 (the runbook&apos;s first P0 mitigation), with a reason and a check afterwards</source>
        <translation>%1 재시작 (절차서의 P0 첫 번째 완화 조치): 사유를 적고, 끝나면 상태를 확인합니다</translation>
    </message>
</context>
<context>
    <name>Ops::ServiceVerification</name>
    <message>
        <source>The command ran, but %1 of %2 wanted replicas of %3 are running after %4 s.</source>
        <translation>명령은 실행되었지만 %4초 뒤에도 서비스 %3의 레플리카가 원하는 %2개 중 %1개만 실행 중입니다.</translation>
    </message>
    <message>
        <source>The command ran, but %1 of %2 replicas of %3 are running after %4 s.</source>
        <translation>명령은 실행됐지만 %4초 후 %3의 레플리카 %2개 중 %1개만 실행 중입니다.</translation>
    </message>
    <message>
        <source>The command ran, but %1 is not healthy %2 s later: %3</source>
        <translation>명령은 실행되었지만 %2초 뒤에도 서비스 %1 상태가 정상이 아닙니다: %3</translation>
    </message>
</context>
<context>
    <name>Ops::Session</name>
    <message>
        <source>No active profile: the guardrails belong to a profile.</source>
        <translation>활성 프로필이 없습니다. 가드레일은 프로필마다 정해집니다.</translation>
    </message>
    <message>
        <source>Production profile: arm it before changing its guardrails.</source>
        <translation>프로덕션 프로필입니다. 가드레일을 바꾸려면 먼저 작업 활성화 버튼을 누르세요.</translation>
    </message>
    <message>
        <source>Say why the guardrails change: the reason goes to the audit trail.</source>
        <translation>가드레일을 바꾸는 사유를 적으세요. 사유는 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <comment>session: session</comment>
        <translation>바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>another profile was opened</source>
        <translation>다른 프로필을 열었음</translation>
    </message>
    <message>
        <source>a scale</source>
        <translation>증설·축소</translation>
    </message>
    <message>
        <source>a restart of %1</source>
        <translation>%1 재시작</translation>
    </message>
    <message>
        <source>the rollback to %1</source>
        <translation>롤백(대상 버전 %1)</translation>
    </message>
    <message>
        <source>the gradual downscale of %1</source>
        <translation>%1 단계적 축소</translation>
    </message>
    <message>
        <source>a maintenance run</source>
        <translation>점검 실행</translation>
    </message>
    <message>
        <source>This console only looks (a screenshot run): it changes nothing.</source>
        <translation>이 콘솔은 보기만 합니다(스크린샷 실행). 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is a production profile and is read-only until an operator arms it (with a reason).</source>
        <translation>%1 프로필은 프로덕션 프로필이므로 운영자가 사유와 함께 작업을 활성화할 때까지 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>the profile was closed</source>
        <translation>프로필을 닫았음</translation>
    </message>
    <message>
        <source>this is not a production profile: its actions need no arming</source>
        <translation>프로덕션 프로필이 아님: 작업 활성화가 필요 없음</translation>
    </message>
    <message>
        <source>arming needs a reason (it goes into the audit trail)</source>
        <translation>작업 활성화에는 사유가 필요함(감사 기록에 남음)</translation>
    </message>
    <message>
        <source>disarmed by the operator</source>
        <translation>운영자가 작업을 비활성화함</translation>
    </message>
    <message>
        <source>arming expired</source>
        <translation>작업 활성화 시간이 끝났음</translation>
    </message>
</context>
<context>
    <name>Ops::SettingsPage</name>
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
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>이 프로필을 삭제할까요? &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>저장하지 못했습니다. 고칠 문제가 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>저장하지 못했습니다. 설정 파일에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved; secrets stored in the system keychain.</source>
        <translation>저장했습니다. 비밀 정보는 시스템 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved, but the secret could not be stored (%1). It is kept for this run only.</source>
        <translation>저장했지만 비밀 정보를 키체인에 저장하지 못했습니다 (%1). 이번 실행 동안만 보관합니다.</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>settings page: title</comment>
        <translation>설정</translation>
    </message>
    <message>
        <source>New profile</source>
        <comment>settings page: button</comment>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <comment>settings page: button</comment>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>settings page: button</comment>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <comment>settings page: button</comment>
        <translation>이 프로필 사용</translation>
    </message>
    <message>
        <source>Save profile</source>
        <comment>settings page: button</comment>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <source>Interface</source>
        <comment>settings page: group box title</comment>
        <translation>화면</translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>settings page: form label</comment>
        <translation>언어:</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>settings page: choice in a drop-down list</comment>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>settings page: dialog title</comment>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <comment>settings page: status text</comment>
        <translation>프로필을 삭제했습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Now using &quot;%1&quot;.</source>
        <comment>settings page: status text</comment>
        <translation>이제 &quot;%1&quot; 프로필을 사용합니다.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <comment>settings page: status text</comment>
        <translation>저장했습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Programs…</source>
        <comment>settings page: button that opens the approval of the profile&apos;s programs</comment>
        <translation>프로그램…</translation>
    </message>
    <message>
        <source>Review the programs this profile runs and approve them on this workstation</source>
        <translation>이 프로필이 실행하는 프로그램을 검토하고 이 워크스테이션에서 승인합니다</translation>
    </message>
    <message>
        <source>Secrets of the profile</source>
        <comment>settings page: dialog title</comment>
        <translation>프로필의 비밀 정보</translation>
    </message>
    <message>
        <source>The profile now points elsewhere than these secrets were entered for:

%1

Send them to the new addresses? With No they are not sent anywhere until you enter them again.</source>
        <translation>프로필이 이제 아래 비밀 정보를 입력했을 때와 다른 곳을 가리킵니다.

%1

새 주소로 보낼까요? 아니요를 선택하면 다시 입력할 때까지 어디에도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Saved; the secrets entered for the old addresses are not sent to the new ones.</source>
        <translation>저장했습니다. 이전 주소용으로 입력한 비밀 정보는 새 주소로 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Saved; the secrets were confirmed for the new addresses.</source>
        <translation>저장했습니다. 비밀 정보를 새 주소에 쓰도록 확인했습니다.</translation>
    </message>
    <message>
        <source>The secrets could not be stored: %1</source>
        <translation>비밀 정보를 저장하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fix the profile first: %n problem(s).</source>
        <translation>
            <numerusform>먼저 프로필을 고치세요: 문제 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>not detected: %1</source>
        <comment>settings: which Compose the program is</comment>
        <translation>감지 못 함: %1</translation>
    </message>
</context>
<context>
    <name>Ops::SeverityInfo</name>
    <message>
        <source>Service down, data loss</source>
        <translation>서비스 다운, 데이터 손실</translation>
    </message>
    <message>
        <source>Investigating</source>
        <comment>incident status</comment>
        <translation>조사 중</translation>
    </message>
    <message>
        <source>Identified</source>
        <comment>incident status</comment>
        <translation>원인 파악됨</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <comment>incident status</comment>
        <translation>모니터링 중</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>incident status</comment>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Monitoring shows normal behavior</source>
        <translation>모니터링 정상 확인</translation>
    </message>
    <message>
        <source>P0 - Critical</source>
        <comment>incidents: incident</comment>
        <translation>P0 - 치명</translation>
    </message>
    <message>
        <source>P1 - High</source>
        <comment>incidents: incident</comment>
        <translation>P1 - 높음</translation>
    </message>
    <message>
        <source>P2 - Medium</source>
        <comment>incidents: incident</comment>
        <translation>P2 - 보통</translation>
    </message>
    <message>
        <source>P3 - Low</source>
        <comment>incidents: incident</comment>
        <translation>P3 - 낮음</translation>
    </message>
    <message>
        <source>Major feature broken</source>
        <comment>incidents: incident</comment>
        <translation>주요 기능 장애</translation>
    </message>
    <message>
        <source>Minor feature broken</source>
        <comment>incidents: incident</comment>
        <translation>부가 기능 장애</translation>
    </message>
    <message>
        <source>Cosmetic issues</source>
        <comment>incidents: incident</comment>
        <translation>표시상의 문제</translation>
    </message>
    <message>
        <source>Immediate</source>
        <comment>incidents: incident</comment>
        <translation>즉시</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <comment>incidents: incident</comment>
        <translation>15분</translation>
    </message>
    <message>
        <source>4 hours</source>
        <comment>incidents: incident</comment>
        <translation>4시간</translation>
    </message>
    <message>
        <source>2 days</source>
        <comment>incidents: incident</comment>
        <translation>2일</translation>
    </message>
    <message>
        <source>All hands</source>
        <comment>incidents: incident</comment>
        <translation>전원 대응</translation>
    </message>
    <message>
        <source>On-call engineer</source>
        <comment>incidents: incident</comment>
        <translation>당직 엔지니어</translation>
    </message>
    <message>
        <source>Next business day</source>
        <comment>incidents: incident</comment>
        <translation>다음 영업일</translation>
    </message>
    <message>
        <source>Backlog</source>
        <comment>incidents: incident</comment>
        <translation>백로그</translation>
    </message>
    <message>
        <source>Service restored</source>
        <comment>incidents: incident</comment>
        <translation>서비스 복구</translation>
    </message>
    <message>
        <source>Root cause identified</source>
        <comment>incidents: incident</comment>
        <translation>근본 원인 파악</translation>
    </message>
    <message>
        <source>Team notified</source>
        <comment>incidents: incident</comment>
        <translation>팀 공지</translation>
    </message>
    <message>
        <source>Incident log updated</source>
        <comment>incidents: incident</comment>
        <translation>장애 기록 갱신</translation>
    </message>
    <message>
        <source>Postmortem scheduled</source>
        <comment>incidents: incident</comment>
        <translation>사후 분석 일정 확정</translation>
    </message>
</context>
<context>
    <name>Ops::SilenceClient</name>
    <message>
        <source>Alertmanager did not answer within %1 s</source>
        <translation>Alertmanager가 %1초 안에 응답하지 않음</translation>
    </message>
    <message>
        <source>no Alertmanager URL or no services to silence</source>
        <translation>Alertmanager URL이 없거나 사일런스할 서비스가 없음</translation>
    </message>
    <message>
        <source>Alertmanager answered without a silence id</source>
        <translation>Alertmanager 응답에 사일런스 ID가 없음</translation>
    </message>
    <message>
        <source>no Alertmanager URL or no valid silence id</source>
        <translation>Alertmanager URL이 없거나 올바른 사일런스 ID가 없음</translation>
    </message>
    <message>
        <source>Alertmanager is unreachable: %1</source>
        <comment>maintenance: silenceclient</comment>
        <translation>Alertmanager에 연결할 수 없음: %1</translation>
    </message>
    <message>
        <source>Alertmanager refused: %1</source>
        <comment>maintenance: silenceclient</comment>
        <translation>Alertmanager가 거부함: %1</translation>
    </message>
</context>
<context>
    <name>Ops::SmokeTestCommand</name>
    <message>
        <source>this profile has no smoke-test command</source>
        <translation>이 프로필에 스모크 테스트 명령이 없음</translation>
    </message>
    <message>
        <source>the smoke-test program must be given as an absolute path, not &quot;%1&quot;</source>
        <translation>스모크 테스트 프로그램은 절대 경로로 지정해야 함 (받은 값: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the smoke-test program %1 does not exist or is not executable</source>
        <translation>스모크 테스트 프로그램이 없거나 실행할 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>Ops::Sql</name>
    <message>
        <source>the console&apos;s PostgreSQL driver (%1) could not be loaded: %2</source>
        <translation>콘솔의 PostgreSQL 드라이버(%1)를 불러올 수 없음: %2</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>설치되어 있지 않음</translation>
    </message>
</context>
<context>
    <name>Ops::StackVerdict</name>
    <message>
        <source>Critical alert</source>
        <comment>stack verdict: a critical alert fires</comment>
        <translation>치명 알림</translation>
    </message>
    <message>
        <source>Alert firing</source>
        <comment>stack verdict: a warning alert fires</comment>
        <translation>알림 발생 중</translation>
    </message>
</context>
<context>
    <name>Ops::TargetPane</name>
    <message>
        <source>&quot;%1&quot; is not a valid version: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (a tag like 0.1.0), or sha256: and 64 hex digits.</source>
        <translation>올바른 버전이 아닙니다: &quot;%1&quot;. 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;로 된 태그(예: 0.1.0)나 sha256: 뒤 16진수 64자리여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is the version running now.</source>
        <translation>%1: 이미 실행 중인 버전입니다.</translation>
    </message>
    <message>
        <source>Roll back from %1 to %2.</source>
        <translation>롤백: %1 → %2</translation>
    </message>
    <message>
        <source>The version to go back to. Offered: the versions deployed before, from the audit trail of deployments and rollbacks and from the running containers&apos; image tags.</source>
        <translation>되돌아갈 버전입니다. 후보: 배포·롤백 감사 기록에 남은 이전 배포 버전과 실행 중인 컨테이너의 이미지 태그.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>rollback wizard, target version step</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <comment>rollback wizard, target version step</comment>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>Running now (/version): %1</source>
        <comment>rollback wizard, target version step: label</comment>
        <translation>현재 실행 중 (/version): %1</translation>
    </message>
    <message>
        <source>unknown (no answer)</source>
        <comment>rollback wizard, target version step</comment>
        <translation>알 수 없음 (응답 없음)</translation>
    </message>
    <message>
        <source>Versions deployed before:</source>
        <comment>rollback wizard, target version step: form label</comment>
        <translation>이전에 배포된 버전:</translation>
    </message>
    <message>
        <source>Target version:</source>
        <comment>rollback wizard, target version step: form label</comment>
        <translation>목표 버전:</translation>
    </message>
    <message>
        <source>e.g. 0.1.0</source>
        <comment>rollback wizard, target version step: placeholder text in an empty field</comment>
        <translation>예: 0.1.0</translation>
    </message>
</context>
<context>
    <name>Ops::TimeControls</name>
    <message>
        <source>to</source>
        <comment>time range</comment>
        <translation>~</translation>
    </message>
    <message>
        <source>Apply</source>
        <comment>time range</comment>
        <translation>적용</translation>
    </message>
    <message>
        <source>Twice the time range (or double-click a chart)</source>
        <translation>시간 범위를 두 배로 (또는 차트를 두 번 클릭)</translation>
    </message>
    <message>
        <source>The time range before the last change</source>
        <translation>마지막 변경 전의 시간 범위</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-refresh</comment>
        <translation>끔</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>시작이 끝보다 앞서야 합니다.</translation>
    </message>
    <message>
        <source>Custom range</source>
        <comment>charts, time range bar: choice in a drop-down list</comment>
        <translation>사용자 지정 범위</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <comment>time range: typed times are UTC</comment>
        <translation>시작 (UTC)</translation>
    </message>
    <message>
        <source>now-6h, now, 2026-11-26 09:00 (UTC) or 2026-11-26T18:00+09:00</source>
        <translation>now-6h, now, 2026-11-26 09:00 (UTC) 또는 2026-11-26T18:00+09:00</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <comment>chart time range, not scaling</comment>
        <translation>넓게 보기</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>charts, time range bar: button</comment>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <comment>charts, time range bar: label</comment>
        <translation>자동 새로 고침</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>charts, time range bar</comment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>charts, time range bar</comment>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>charts, time range bar: button</comment>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Write now, now-6h, a UTC time like 2026-11-26 09:00 or one with its offset like 2026-11-26T18:00+09:00.</source>
        <translation>now, now-6h, 2026-11-26 09:00 같은 UTC 시각, 또는 2026-11-26T18:00+09:00처럼 오프셋을 붙인 시각을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Ops::TrayNotifier</name>
    <message>
        <source>%1 is %2</source>
        <comment>desktop notification</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert firing: %1</source>
        <comment>desktop notification</comment>
        <translation>알림 발생: %1</translation>
    </message>
    <message>
        <source>Fragrance AI stack: %1</source>
        <comment>desktop notification: tooltip</comment>
        <translation>Fragrance AI 스택: %1</translation>
    </message>
</context>
<context>
    <name>Ops::TrustBanner</name>
    <message>
        <source>This profile names programs that are not approved on this workstation: the console watches the stack but runs nothing (no status command, no procedure). %1</source>
        <translation>이 프로필에는 이 워크스테이션에서 승인되지 않은 프로그램이 있습니다. 콘솔은 스택을 모니터링하지만 아무것도 실행하지 않습니다(상태 명령도, 절차도 실행하지 않음). %1</translation>
    </message>
    <message>
        <source>Secret not sent: %1.</source>
        <translation>보내지 않은 비밀 정보: %1.</translation>
    </message>
    <message>
        <source>Review and approve…</source>
        <comment>trust banner: button</comment>
        <translation>검토 후 승인…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <comment>trust banner: button</comment>
        <translation>설정 열기</translation>
    </message>
</context>
<context>
    <name>Ops::VerifyPane</name>
    <message>
        <source>checking…</source>
        <comment>rollback wizard, verify step: result of one check</comment>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>rollback wizard, verify step: result of one check</comment>
        <translation>통과</translation>
    </message>
    <message>
        <source>FAILED</source>
        <comment>rollback wizard, verify step: result of one check</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>not yet, trying again</source>
        <comment>rollback wizard, verify step: result of one check; the column is narrow</comment>
        <translation>재시도 중</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>rollback wizard, verify step: column header</comment>
        <translation>확인 항목</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>rollback wizard, verify step: column header</comment>
        <translation>결과</translation>
    </message>
    <message>
        <source>Detail</source>
        <comment>rollback wizard, verify step: column header</comment>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Verify again</source>
        <comment>rollback wizard, verify step: button</comment>
        <translation>다시 검증</translation>
    </message>
    <message>
        <source>The verification failed, so Next stays disabled. To go on anyway, tick the emergency override and say why: the reason and the failed figures go into the audit trail.</source>
        <translation>검증에 실패하여 다음 버튼이 비활성화되어 있습니다. 그래도 진행하려면 긴급 예외를 선택하고 사유를 적으세요. 사유와 실패한 수치는 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Emergency override: go on despite the failed verification</source>
        <comment>rollback wizard, verify step: check box</comment>
        <translation>긴급 예외: 검증 실패에도 진행함</translation>
    </message>
    <message>
        <source>Reason:</source>
        <comment>rollback wizard, verify step: form label</comment>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Required: why go on?</source>
        <comment>rollback wizard, verify step: placeholder of the override&apos;s reason</comment>
        <translation>필수: 진행하는 사유를 적으세요</translation>
    </message>
</context>
<context>
    <name>Ops::WriteAhead</name>
    <message>
        <source>the previous command&apos;s outcome has not been recorded yet</source>
        <translation>이전 명령의 결과가 아직 기록되지 않음</translation>
    </message>
    <message>
        <source>no audit trail: nothing runs unrecorded</source>
        <translation>감사 기록 없음: 기록 없이는 아무것도 실행하지 않음</translation>
    </message>
    <message>
        <source>the intent could not be recorded, so the command was not run: %1</source>
        <translation>의도를 기록할 수 없어 명령을 실행하지 않음: %1</translation>
    </message>
    <message>
        <source>no audit trail</source>
        <translation>감사 기록 없음</translation>
    </message>
</context>
</TS>
