# shellcheck shell=bash disable=SC2034 # the variables are read by the scripts that source this file
# Shared settings and helpers of the deploy/local scripts and ./atlas. Sourced, never run.
#
# Everything the local system writes lives under ONE folder, $ATLAS_HOME (default: .atlas at the repo root):
#   dist/   fetched Kafka jars and PostgreSQL binaries (kept across `down`)
#   kafka/  broker config and data        postgres/  cluster data and socket
#   run/    pid files                     logs/      one log per process

ATLAS_ROOT="${ATLAS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}"
ATLAS_HOME="${ATLAS_HOME:-$ATLAS_ROOT/.atlas}"
ATLAS_LOCAL="$ATLAS_ROOT/deploy/local"
RUN_DIR="$ATLAS_HOME/run"
LOG_DIR="$ATLAS_HOME/logs"
DIST_DIR="$ATLAS_HOME/dist"

# Ports and credentials; every one can be overridden from the environment.
ATLAS_KAFKA_PORT="${ATLAS_KAFKA_PORT:-9092}"
ATLAS_KAFKA_CONTROLLER_PORT="${ATLAS_KAFKA_CONTROLLER_PORT:-9093}"
ATLAS_PG_PORT="${ATLAS_PG_PORT:-55432}"
ATLAS_DB_NAME="${ATLAS_DB_NAME:-atlas}"
DB_USER="${DB_USER:-atlas}"
DB_PASSWORD="${DB_PASSWORD:-atlas}"
ATLAS_GATEWAY_PORT="${ATLAS_GATEWAY_PORT:-8080}"
ATLAS_INGEST_PORT="${ATLAS_INGEST_PORT:-8081}"
ATLAS_METRICS_PORT="${ATLAS_METRICS_PORT:-8082}"
ATLAS_GATEWAY_URL="${ATLAS_GATEWAY_URL:-http://127.0.0.1:$ATLAS_GATEWAY_PORT}"
ATLAS_START_TIMEOUT="${ATLAS_START_TIMEOUT:-180}"
ATLAS_STOP_TIMEOUT="${ATLAS_STOP_TIMEOUT:-30}"

# Debian's Maven 3.8.7 prints stray colour codes even in batch mode unless told not to.
MVN=(mvn -B -q -Dstyle.color=never)

info() { printf '%s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

ensure_dirs() { mkdir -p "$RUN_DIR" "$LOG_DIR" "$DIST_DIR"; }

# External servers: when the operator points us at them, we start none of our own.
external_db() { [[ -n "${DB_URL:-}" ]]; }
external_kafka() { [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; }
db_url() { printf '%s' "${DB_URL:-jdbc:postgresql://127.0.0.1:$ATLAS_PG_PORT/$ATLAS_DB_NAME}"; }
kafka_bootstrap() { printf '%s' "${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$ATLAS_KAFKA_PORT}"; }

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }
log_file() { printf '%s/%s.log' "$LOG_DIR" "$1"; }

# True while PID runs. A zombie counts as gone: our daemons are orphans, and whoever adopted them may reap late.
alive() {
    local state
    state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$1/stat" 2>/dev/null)" || return 1
    [[ -n "$state" && "$state" != Z ]]
}

# Prints the pid recorded for NAME if that process is still alive; fails otherwise (and drops a stale pid file).
running_pid() {
    local file pid
    file="$(pid_file "$1")"
    [[ -f "$file" ]] || return 1
    pid="$(<"$file")"
    if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid"; then
        printf '%s' "$pid"
        return 0
    fi
    rm -f "$file"
    return 1
}

# True when something accepts TCP connections on 127.0.0.1:PORT (bash's /dev/tcp: no nc needed).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Refuses to start NAME on PORT when another program already holds the port: we would talk to the wrong server.
require_free_port() {
    local name="$1" port="$2" variable="$3"
    if port_open "$port"; then
        die "$name: port $port is already in use by another process; free it or set $variable"
    fi
}

# Sends SIGTERM, waits up to ATLAS_STOP_TIMEOUT seconds, then SIGKILL. Removes the pid file.
stop_process() {
    local name="$1" pid
    pid="$(running_pid "$name")" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    await_exit "$name" "$pid"
}

# Waits for NAME (PID), already signalled, to exit; SIGKILL after ATLAS_STOP_TIMEOUT seconds.
await_exit() {
    local name="$1" pid="$2" waited=0
    while alive "$pid"; do
        if (( waited >= ATLAS_STOP_TIMEOUT * 10 )); then
            warn "$name (pid $pid) did not stop within ${ATLAS_STOP_TIMEOUT}s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    rm -f "$(pid_file "$name")"
    info "$name stopped"
}

# Prints the last lines of a log, for failure messages.
show_log_tail() {
    local log="$1"
    [[ -f "$log" ]] || return 0
    info "---- last lines of $log ----"
    tail -n 25 "$log" >&2
    info "----"
}

# Prints one top-level field of the JSON document on stdin (empty when absent or null): jq, else python3, else sed.
json_field() {
    local field="$1"
    if command -v jq >/dev/null 2>&1; then
        jq -r --arg f "$field" 'if type == "object" then (.[$f] // empty) else empty end | tostring' 2>/dev/null || true
    elif command -v python3 >/dev/null 2>&1; then
        python3 -c 'import json,sys
try:
    v = json.load(sys.stdin).get(sys.argv[1])
except Exception:
    v = None
print("" if v is None else v)' "$field" 2>/dev/null || true
    else
        sed -n -E "s/.*\"$field\" *: *\"?([^\",}]*)\"?.*/\1/p" | head -n 1
    fi
}

# Dies with MESSAGE after showing the end of LOG, where the cause usually is.
fail_with_log() {
    show_log_tail "$1"
    die "$2; see $1"
}
