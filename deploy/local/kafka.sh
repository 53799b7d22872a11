#!/usr/bin/env bash
# Local Kafka broker (KRaft, one combined broker+controller node) from Maven Central jars.
# Usage: deploy/local/kafka.sh start|stop|status|topics
# Data in .atlas/kafka, log in .atlas/logs/kafka.log.
# Ports: ATLAS_KAFKA_PORT (9092), ATLAS_KAFKA_CONTROLLER_PORT (9093).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

KAFKA_LIB="$DIST_DIR/kafka-4.1.2/lib"
KAFKA_DIR="$ATLAS_HOME/kafka"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
# name:partitions. articles.parsed is keyed by article id; its partitions let metrics-service replicas share the load.
TOPICS=("articles.parsed:3" "articles.parsed.dlq:1")

fetch_jars() {
    [[ -f "$KAFKA_LIB/.complete" ]] && return 0
    ensure_dirs
    info "kafka: fetching broker jars from Maven Central into $KAFKA_LIB"
    rm -rf "$KAFKA_LIB"
    "${MVN[@]}" -f "$ATLAS_LOCAL/kafka/pom.xml" dependency:copy-dependencies \
        -DoutputDirectory="$KAFKA_LIB" -DincludeScope=runtime >> "$(log_file maven-fetch)" 2>&1 \
        || fail_with_log "$(log_file maven-fetch)" "kafka: cannot fetch the broker jars"
    touch "$KAFKA_LIB/.complete"
}

kafka_java() { java -Datlas.home="$ATLAS_HOME" -cp "$KAFKA_LIB/*" "$@"; }

write_config() {
    cat > "$KAFKA_DIR/server.properties" <<PROPS
# Written by deploy/local/kafka.sh at each start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$ATLAS_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$ATLAS_KAFKA_PORT,CONTROLLER://127.0.0.1:$ATLAS_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$ATLAS_KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
}

# Formats the storage once; a formatted data dir keeps its cluster id across restarts.
format_storage() {
    [[ -f "$KAFKA_DIR/data/meta.properties" ]] && return 0
    local cluster_id
    cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid)"
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" \
        >> "$(log_file kafka)" 2>&1 || fail_with_log "$(log_file kafka)" "kafka: storage format failed"
}

wait_started() {
    local pid="$1" offset="$2" log deadline
    log="$(log_file kafka)"
    deadline=$((SECONDS + ATLAS_START_TIMEOUT))
    until tail -c +"$((offset + 1))" "$log" | grep -q 'Kafka Server started'; do
        alive "$pid" || fail_with_log "$log" "kafka exited during start"
        (( SECONDS < deadline )) || fail_with_log "$log" "kafka not started after ${ATLAS_START_TIMEOUT}s"
        sleep 0.3
    done
}

create_topics() {
    local topic name partitions
    for topic in "${TOPICS[@]}"; do
        name="${topic%%:*}"
        partitions="${topic##*:}"
        kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$ATLAS_KAFKA_PORT" \
            --create --if-not-exists --topic "$name" --partitions "$partitions" --replication-factor 1 \
            >> "$(log_file kafka-topics)" 2>&1 || fail_with_log "$(log_file kafka-topics)" "kafka: cannot create $name"
    done
    info "kafka: topics ${TOPICS[*]} (name:partitions) present"
}

start() {
    if external_kafka; then
        info "kafka: KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS is set; using that broker, starting none"
        return 0
    fi
    local pid offset
    if pid="$(running_pid kafka)"; then
        info "kafka: already running (pid $pid) on 127.0.0.1:$ATLAS_KAFKA_PORT"
        return 0
    fi
    require_free_port kafka "$ATLAS_KAFKA_PORT" ATLAS_KAFKA_PORT
    require_free_port "kafka controller" "$ATLAS_KAFKA_CONTROLLER_PORT" ATLAS_KAFKA_CONTROLLER_PORT
    ensure_dirs
    mkdir -p "$KAFKA_DIR"
    fetch_jars
    write_config
    format_storage
    touch "$(log_file kafka)"
    offset="$(stat -c %s "$(log_file kafka)")"
    setsid java -Xmx"$KAFKA_HEAP" -Datlas.home="$ATLAS_HOME" \
        -Dlog4j2.configurationFile="$ATLAS_LOCAL/kafka/log4j2.properties" \
        -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_DIR/server.properties" >> "$(log_file kafka)" 2>&1 < /dev/null &
    pid=$!
    echo "$pid" > "$(pid_file kafka)"
    wait_started "$pid" "$offset"
    info "kafka: started (pid $pid) on 127.0.0.1:$ATLAS_KAFKA_PORT"
    create_topics
}

status() {
    local pid
    if external_kafka; then
        echo "kafka      external  $KAFKA_BOOTSTRAP_SERVERS"
    elif pid="$(running_pid kafka)"; then
        echo "kafka      running   pid $pid  127.0.0.1:$ATLAS_KAFKA_PORT"
    else
        echo "kafka      stopped"
        return 3
    fi
}

case "${1:-}" in
    start) start ;;
    stop) external_kafka || stop_process kafka ;;
    status) status ;;
    topics) fetch_jars; create_topics ;;
    *) echo "usage: $0 start|stop|status|topics" >&2; exit 2 ;;
esac
