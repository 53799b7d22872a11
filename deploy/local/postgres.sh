#!/usr/bin/env bash
# Local PostgreSQL 17 (zonky's relocatable binaries from Maven Central; Debian's own PostgreSQL as a fallback).
# Usage: deploy/local/postgres.sh start|stop|status
# Cluster in .atlas/postgres/data, log in .atlas/logs/postgres.log, TCP only on 127.0.0.1:ATLAS_PG_PORT (55432).
# Database ATLAS_DB_NAME owned by DB_USER/DB_PASSWORD (atlas/atlas), created with the cluster.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PG_VERSION_ZONKY="17.11.0"
PG_DIST="$DIST_DIR/postgres-$PG_VERSION_ZONKY"
PG_DIR="$ATLAS_HOME/postgres"
PG_DATA="$PG_DIR/data"
# initdb and postgres refuse to run as root: as root we run them in a user namespace where we are "nobody".
AS_PG_USER=()

fetch_zonky() {
    [[ -x "$PG_DIST/bin/postgres" ]] && return 0
    info "postgres: fetching PostgreSQL $PG_VERSION_ZONKY binaries from Maven Central into $PG_DIST"
    local unpack="$DIST_DIR/postgres-jar"
    rm -rf "$unpack" "$PG_DIST.tmp"
    "${MVN[@]}" -f "$ATLAS_LOCAL/postgres/pom.xml" dependency:unpack -Dunpack.dir="$unpack" \
        >> "$(log_file maven-fetch)" 2>&1 || return 1
    mkdir -p "$PG_DIST.tmp"
    tar -xJf "$unpack"/postgres-linux-*.txz -C "$PG_DIST.tmp" || return 1
    rm -rf "$unpack"
    mv "$PG_DIST.tmp" "$PG_DIST"
}

# Picks the binaries: ATLAS_PG_BIN if set, else zonky's, else the newest Debian install.
choose_bin() {
    if [[ -n "${ATLAS_PG_BIN:-}" ]]; then
        PG_BIN="$ATLAS_PG_BIN"
    elif fetch_zonky; then
        PG_BIN="$PG_DIST/bin"
    else
        warn "postgres: could not fetch zonky's binaries (see $(log_file maven-fetch)); trying Debian's PostgreSQL"
        PG_BIN="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)"
    fi
    [[ -n "$PG_BIN" && -x "$PG_BIN/postgres" ]] \
        || die "postgres: no PostgreSQL binaries found (apt-get install postgresql, or set ATLAS_PG_BIN)"
}

choose_user() {
    (( EUID == 0 )) || return 0
    if unshare -U true 2>/dev/null; then
        AS_PG_USER=(unshare -U)
    elif id postgres >/dev/null 2>&1; then
        chown -R postgres "$PG_DIR" "$(log_file postgres)"
        AS_PG_USER=(runuser -u postgres --)
    else
        die "postgres: running as root needs user namespaces (unshare -U) or a 'postgres' user"
    fi
}

sql_literal() { printf "'%s'" "${1//\'/\'\'}"; }

# Builds the cluster in a temporary folder and moves it in place only when complete.
init_cluster() {
    [[ -f "$PG_DATA/PG_VERSION" ]] && return 0
    local tmp="$PG_DIR/data.init" log
    log="$(log_file postgres)"
    info "postgres: creating the cluster in $PG_DATA"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    chmod 700 "$tmp"
    [[ "${AS_PG_USER[0]:-}" == runuser ]] && chown postgres "$tmp"
    "${AS_PG_USER[@]}" "$PG_BIN/initdb" -D "$tmp" -U postgres -E UTF-8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256 >> "$log" 2>&1 \
        || fail_with_log "$log" "postgres: initdb failed"
    # Single-user mode runs SQL without a listening server and without psql (zonky ships no client).
    printf '%s\n' "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD $(sql_literal "$DB_PASSWORD");" \
        "CREATE DATABASE \"$ATLAS_DB_NAME\" OWNER \"$DB_USER\";" \
        | "${AS_PG_USER[@]}" "$PG_BIN/postgres" --single -D "$tmp" -c log_min_messages=warning postgres >> "$log" 2>&1 \
        || fail_with_log "$log" "postgres: creating role $DB_USER and database $ATLAS_DB_NAME failed"
    mv "$tmp" "$PG_DATA"
}

check_major_version() {
    local data_major bin_major
    data_major="$(<"$PG_DATA/PG_VERSION")"
    bin_major="$("$PG_BIN/postgres" --version | sed -E 's/.* ([0-9]+)\..*/\1/')"
    [[ "$data_major" == "$bin_major" ]] || die "postgres: $PG_DATA was made by PostgreSQL $data_major but the \
binaries are $bin_major; remove $PG_DIR (data is lost) or set ATLAS_PG_BIN"
}

start() {
    if external_db; then
        info "postgres: DB_URL=$DB_URL is set; using that database, starting none"
        return 0
    fi
    local pid
    if pid="$(running_pid postgres)"; then
        info "postgres: already running (pid $pid) on 127.0.0.1:$ATLAS_PG_PORT"
        return 0
    fi
    require_free_port postgres "$ATLAS_PG_PORT" ATLAS_PG_PORT
    ensure_dirs
    mkdir -p "$PG_DIR"
    touch "$(log_file postgres)"
    choose_bin
    choose_user
    init_cluster
    check_major_version
    # No Unix socket: the services use TCP, and a socket path under a deep checkout can exceed the 107-byte limit.
    "${AS_PG_USER[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$(log_file postgres)" -w -t "$ATLAS_START_TIMEOUT" \
        -o "-p $ATLAS_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null \
        || fail_with_log "$(log_file postgres)" "postgres: start failed"
    head -n 1 "$PG_DATA/postmaster.pid" > "$(pid_file postgres)"
    info "postgres: started (pid $(<"$(pid_file postgres)"), $("$PG_BIN/postgres" --version))" \
        "on 127.0.0.1:$ATLAS_PG_PORT"
}

# SIGINT is PostgreSQL's "fast" shutdown: SIGTERM ("smart") would wait for the services' pooled connections to close.
stop() {
    external_db && return 0
    local pid waited=0
    pid="$(running_pid postgres)" || return 0
    kill -INT "$pid" 2>/dev/null || true
    while alive "$pid"; do
        if (( waited == ATLAS_STOP_TIMEOUT * 10 )); then
            warn "postgres (pid $pid) did not stop within ${ATLAS_STOP_TIMEOUT}s; sending immediate shutdown"
            kill -QUIT "$pid" 2>/dev/null || true
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    rm -f "$(pid_file postgres)"
    info "postgres stopped"
}

# Readiness without psql: the postmaster writes "ready" into postmaster.pid once it accepts connections.
status() {
    local pid state
    if external_db; then
        echo "postgres   external  $DB_URL"
    elif pid="$(running_pid postgres)"; then
        state="$(sed -n 8p "$PG_DATA/postmaster.pid" 2>/dev/null | tr -d ' ')"
        echo "postgres   running   pid $pid  127.0.0.1:$ATLAS_PG_PORT  ${state:-unknown}"
    else
        echo "postgres   stopped"
        return 3
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
