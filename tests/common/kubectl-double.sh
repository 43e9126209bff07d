#!/bin/bash
# A `kubectl` double for the tests: copied as "kubectl" into a temporary folder that the test puts first
# on PATH. Every call is appended as a JSON array of its argv to kubectl-calls.jsonl next to it; the
# deployments and their replica counts live in deployments.txt ("name replicas image" per line).
# Answers: get deployments -o json, scale deployment/X…|deployment --all --replicas=N, rollout
# status|undo|restart, set image (kept in the image column), logs, and exec [-i] deployment/postgres --
# pg_isready|psql (psql's standard input is kept in psql-stdin.sql; -c prints the tables). Unknown deployments fail like kubectl does (exit 1, message on stderr).
# After every call that changes a deployment, the whole state is appended as one line to
# deployments-history.txt ("name replicas image;…"): tests read what the cluster went through, not the calls.
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

snapshot() { tr '\n' ';' < "$state" >> "$dir/deployments-history.txt"; echo >> "$dir/deployments-history.txt"; }
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
            --all) mapfile -t targets < <(awk '{ print $1 }' "$state") ;;
        esac
    done
    for t in "${targets[@]}"; do
        awk -v n="$t" -v r="$replicas" '$1 == n { $2 = r } { print }' "$state" > "$state.new" && mv "$state.new" "$state"
        echo "deployment.apps/$t scaled"
    done
    snapshot
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
"set image")
    need "${args[2]}"
    container=${args[3]%%=*}
    if [ "$container" != "${args[2]#deployment/}" ] && [ "$container" != "*" ]; then
        echo "error: unable to find container named \"$container\"" >&2
        exit 1
    fi
    image=${args[3]#*=}
    awk -v n="${args[2]#deployment/}" -v i="$image" '$1 == n { $3 = i } { print }' "$state" > "$state.new" && mv "$state.new" "$state"
    snapshot
    echo "deployment.apps/${args[2]#deployment/} image updated" ;;
exec\ *)
    rest=("${args[@]:1}")
    [ "${rest[0]}" = -i ] && rest=("${rest[@]:1}")
    target=${rest[0]#deployment/}
    need "$target"
    if ! awk -v n="$target" '$1 == n && $2 > 0 { found = 1 } END { exit !found }' "$state"; then
        echo "error: unable to upgrade connection: container not found (\"$target\")" >&2
        exit 1
    fi
    cmd=("${rest[@]:2}")
    case "${cmd[0]}" in
        pg_isready) echo "/var/run/postgresql:5432 - accepting connections" ;;
        psql)
            # -f -: a restore (the -c statements before it are kept in psql-before.sql, the standard
            # input in psql-stdin.sql); -c alone: the tables query.
            restore=0 prev=
            : > "$dir/psql-before.sql.new"
            for a in "${cmd[@]}"; do
                [ "$prev" = -c ] && printf '%s\n' "$a" >> "$dir/psql-before.sql.new"
                [ "$prev" = -f ] && [ "$a" = - ] && restore=1
                prev=$a
            done
            if [ "$restore" = 1 ]; then
                mv "$dir/psql-before.sql.new" "$dir/psql-before.sql"
                cat > "$dir/psql-stdin.sql"
                echo "COPY 2"
            else
                rm -f "$dir/psql-before.sql.new"
                echo "public.rollback_probe"
            fi ;;
        *) echo "error: exec: \"${cmd[0]}\": executable file not found in \$PATH" >&2; exit 126 ;;
    esac
    ;;
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
