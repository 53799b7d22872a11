#!/usr/bin/env bash
# The three Quarkus services as background processes: java -jar <module>/target/quarkus-app/quarkus-run.jar.
# Usage: deploy/local/services.sh start|wait|status|stop [NAME...]   (NAME: gateway, ingest, metrics)
# Pid files in .atlas/run, logs in .atlas/logs/<service>.log. Expects the jars to be built (./atlas up does it).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# name:module:port. Start order matters little (each service retries its servers), stop order is the reverse.
SERVICES=("metrics:metrics-service:$ATLAS_METRICS_PORT" "ingest:ingest-service:$ATLAS_INGEST_PORT"
    "gateway:gateway:$ATLAS_GATEWAY_PORT")
ATLAS_JAVA_OPTS="${ATLAS_JAVA_OPTS:--Xmx384m}"
# Local processes listen on loopback only; set ATLAS_HTTP_HOST=0.0.0.0 to reach them from other machines.
ATLAS_HTTP_HOST="${ATLAS_HTTP_HOST:-127.0.0.1}"

field() { cut -d: -f"$2" <<< "$1"; }

start_one() {
    local name module port jar pid
    name="$(field "$1" 1)"; module="$(field "$1" 2)"; port="$(field "$1" 3)"
    jar="$ATLAS_ROOT/$module/target/quarkus-app/quarkus-run.jar"
    if pid="$(running_pid "$name")"; then
        info "$name: already running (pid $pid) on 127.0.0.1:$port"
        return 0
    fi
    [[ -f "$jar" ]] || die "$name: $jar is missing; build first (./atlas up builds it)"
    require_free_port "$name" "$port" "ATLAS_$(tr '[:lower:]' '[:upper:]' <<< "$name")_PORT"
    # shellcheck disable=SC2086 # ATLAS_JAVA_OPTS holds several JVM options on purpose.
    env DB_URL="$(db_url)" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
        KAFKA_BOOTSTRAP_SERVERS="$(kafka_bootstrap)" HTTP_PORT="$port" QUARKUS_HTTP_HOST="$ATLAS_HTTP_HOST" \
        INGEST_URL="http://127.0.0.1:$ATLAS_INGEST_PORT" METRICS_URL="http://127.0.0.1:$ATLAS_METRICS_PORT" \
        setsid java $ATLAS_JAVA_OPTS -Datlas.home="$ATLAS_HOME" -jar "$jar" \
        >> "$(log_file "$name")" 2>&1 < /dev/null &
    echo "$!" > "$(pid_file "$name")"
    info "$name: starting (pid $!) on 127.0.0.1:$port, log $(log_file "$name")"
}

ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/q/health/ready"; }

# Waits until every service answers UP on /q/health/ready; a service that dies or stays down fails with its log.
wait_ready() {
    local deadline=$((SECONDS + ATLAS_START_TIMEOUT)) entry name port pending
    while :; do
        pending=()
        for entry in "${SERVICES[@]}"; do
            name="$(field "$entry" 1)"; port="$(field "$entry" 3)"
            running_pid "$name" > /dev/null || fail_with_log "$(log_file "$name")" "$name exited during start"
            ready "$port" || pending+=("$name")
        done
        (( ${#pending[@]} == 0 )) && break
        if (( SECONDS >= deadline )); then
            for name in "${pending[@]}"; do show_log_tail "$(log_file "$name")"; done
            die "not ready after ${ATLAS_START_TIMEOUT}s: ${pending[*]}" \
                "(logs in $LOG_DIR; ATLAS_START_TIMEOUT raises the limit)"
        fi
        sleep 1
    done
    info "services ready: gateway :$ATLAS_GATEWAY_PORT, ingest :$ATLAS_INGEST_PORT, metrics :$ATLAS_METRICS_PORT"
}

status_one() {
    local name port pid health
    name="$(field "$1" 1)"; port="$(field "$1" 3)"
    if pid="$(running_pid "$name")"; then
        health="$(curl -sS --max-time 2 "http://127.0.0.1:$port/q/health/ready" 2>/dev/null \
            | grep -o '"status" *: *"[A-Z]*"' | head -n 1 | grep -o '[A-Z]*"$' | tr -d '"')" || true
        printf '%-10s running   pid %s  http://127.0.0.1:%s  %s\n' "$name" "$pid" "$port" "${health:-NOT READY}"
    else
        printf '%-10s stopped\n' "$name"
        return 3
    fi
}

# Signals the named services (default: all) first, so that they shut down side by side, then waits for each.
stop_all() {
    local i name pid signalled=() only=" $* "
    for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
        name="$(field "${SERVICES[i]}" 1)"
        [[ $# -eq 0 || "$only" == *" $name "* ]] || continue
        if pid="$(running_pid "$name")"; then
            kill -TERM "$pid" 2>/dev/null || true
            signalled+=("$name:$pid")
        fi
    done
    for name in "${signalled[@]}"; do await_exit "${name%%:*}" "${name##*:}"; done
}

status_all() {
    local entry rc=0
    for entry in "${SERVICES[@]}"; do status_one "$entry" || rc=3; done
    return "$rc"
}

case "${1:-}" in
    start) ensure_dirs; for s in "${SERVICES[@]}"; do start_one "$s"; done ;;
    wait) wait_ready ;;
    stop) shift; stop_all "$@" ;;
    status) status_all ;;
    *) echo "usage: $0 start|wait|status|stop [gateway|ingest|metrics...]" >&2; exit 2 ;;
esac
