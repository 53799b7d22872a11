#!/usr/bin/env bash
# Load check of the region view (issue 5), not a test: starts the system on free ports in its own ATLAS_HOME,
# stores ARTICLES synthetic articles (real sample paragraphs, other cities' names, other numbers; parsed and
# extracted by the real analysis code), then times GETs from CLIENTS concurrent clients for SECONDS per URL:
# a trivial gateway endpoint, the gateway's region view, and metrics-service's region query behind it (uncached).
# Everything it started is stopped at the end. Usage: bench/views/run.sh [ARTICLES] [CLIENTS] [SECONDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARTICLES="${1:-100000}"
CLIENTS="${2:-32}"
SECONDS_PER_URL="${3:-30}"
LOAD_THREADS="${LOAD_THREADS:-2}"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
export ATLAS_HOME="${ATLAS_HOME:-$ROOT/.atlas-bench}"
# Ports are drawn once and kept in ATLAS_HOME, so that a later MEASURE_ONLY run finds the running system.
mkdir -p "$ATLAS_HOME"
if [[ ! -f "$ATLAS_HOME/bench-ports.env" ]]; then
    {
        echo "export ATLAS_GATEWAY_PORT=$(free_port) ATLAS_INGEST_PORT=$(free_port) ATLAS_METRICS_PORT=$(free_port)"
        echo "export ATLAS_KAFKA_PORT=$(free_port) ATLAS_KAFKA_CONTROLLER_PORT=$(free_port) ATLAS_PG_PORT=$(free_port)"
    } > "$ATLAS_HOME/bench-ports.env"
fi
# shellcheck disable=SC1091
source "$ATLAS_HOME/bench-ports.env"
export ATLAS_JAVA_OPTS="${ATLAS_JAVA_OPTS:--Xmx512m}"

cd "$ROOT"
# KEEP_UP=1 leaves the system running (to measure again with MEASURE_ONLY=1); stop it with ATLAS_HOME=… ./atlas down.
[[ "${KEEP_UP:-0}" == 1 ]] || trap './atlas down >/dev/null 2>&1 || true' EXIT
./atlas up
JDBC="jdbc:postgresql://127.0.0.1:$ATLAS_PG_PORT/${ATLAS_DB_NAME:-atlas}?user=${DB_USER:-atlas}&password=${DB_PASSWORD:-atlas}"
CP="analysis/target/analysis-0.1.0-SNAPSHOT.jar:$(ls analysis/target/lib/*.jar | tr '\n' ':')"
CP="$CP$(find ~/.m2/repository/org/postgresql/postgresql/42.7.10 -name 'postgresql-*.jar' | head -1)"

if [[ "${MEASURE_ONLY:-0}" != 1 ]]; then
    echo "== loading $ARTICLES synthetic articles"
    java -Xmx1g -cp "$CP" bench/views/ViewsLoad.java load samples "$ARTICLES" "$JDBC" "$LOAD_THREADS"
fi
CODES="$ATLAS_HOME/bench-codes.txt"
java -cp "$CP" bench/views/ViewsLoad.java codes "$JDBC" > "$CODES"
echo "== $(wc -l < "$CODES") prefectures with facts; $CLIENTS clients, ${SECONDS_PER_URL}s per URL after warm-up"
java -cp "$CP" bench/views/ViewsLoad.java measure "$CODES" "$CLIENTS" "$SECONDS_PER_URL" \
    "http://127.0.0.1:$ATLAS_GATEWAY_PORT/q/health/live" \
    "http://127.0.0.1:$ATLAS_GATEWAY_PORT/api/v1/regions/{code}" \
    "http://127.0.0.1:$ATLAS_METRICS_PORT/internal/regions/{code}"
