#!/bin/bash
# A `kubectl` double for the tests: copied as "kubectl" into a temporary folder that the test puts first
# on PATH. Every call is appended as a JSON array of its argv to kubectl-calls.jsonl next to it; the
# deployments and their replica counts live in deployments.txt ("name replicas image" per line).
# Answers: get deployments -o json, scale deployment/X… --replicas=N, rollout status|undo|restart,
# set image, logs. Unknown deployments fail like kubectl does (exit 1, message on stderr).
dir=$(cd "$(dirname "$0")" && pwd)
state="$dir/deployments.txt"

json_string() {
    local s=${1//\\/\\\\}
    s=${s//\"/\\\"}
    printf '"%s"' "$s"
}
{
    printf '['
    json_string "$0"
    for arg in "$@"; do printf ','; json_string "$arg"; done
    printf ']\n'
} >> "$dir/kubectl-calls.jsonl"

args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --context|--namespace) shift 2 ;;
        *) args+=("$1"); shift ;;
    esac
done

exists() { awk -v n="$1" '$1 == n { found = 1 } END { exit !found }' "$state"; }
need() {
    local name=${1#deployment/}
    if ! exists "$name"; then
        echo "Error from server (NotFound): deployments.apps \"$name\" not found" >&2
        exit 1
    fi
}

case "${args[0]} ${args[1]}" in
"get deployments")
    printf '{"apiVersion":"v1","kind":"List","items":['
    awk 'NR > 1 { printf "," } { printf "{\"metadata\":{\"name\":\"%s\",\"namespace\":\"default\"},\"spec\":{\"replicas\":%d,\"template\":{\"spec\":{\"containers\":[{\"name\":\"%s\",\"image\":\"%s\"}]}}},\"status\":{\"replicas\":%d,\"readyReplicas\":%d}}", $1, $2, $1, $3, $2, $2 }' "$state"
    printf ']}\n'
    ;;
scale\ *)
    replicas=""
    targets=()
    for a in "${args[@]:1}"; do
        case "$a" in
            --replicas=*) replicas=${a#--replicas=} ;;
            deployment/*) need "$a"; targets+=("${a#deployment/}") ;;
        esac
    done
    for t in "${targets[@]}"; do
        awk -v n="$t" -v r="$replicas" '$1 == n { $2 = r } { print }' "$state" > "$state.new" && mv "$state.new" "$state"
        echo "deployment.apps/$t scaled"
    done
    ;;
"rollout status") need "${args[2]}"; echo "deployment \"${args[2]#deployment/}\" successfully rolled out" ;;
"rollout undo")
    need "${args[2]}"
    if [ "${args[2]}" = deployment/broken ]; then
        echo "error: no rollout history found for deployment \"broken\"" >&2
        exit 1
    fi
    echo "deployment.apps/${args[2]#deployment/} rolled back" ;;
"rollout restart") need "${args[2]}"; echo "deployment.apps/${args[2]#deployment/} restarted" ;;
"set image") need "${args[2]}"; echo "deployment.apps/${args[2]#deployment/} image updated" ;;
logs\ *)
    echo "2026-11-26T12:00:00.000000000Z worker ready"
    echo "2026-11-26T12:00:01.000000000Z registered"
    # -f: keep following until killed.
    for a in "${args[@]}"; do [ "$a" = "-f" ] && exec sleep 3600; done
    ;;
*)
    echo "error: unknown command \"${args[*]}\" for \"kubectl\"" >&2
    exit 1
    ;;
esac
