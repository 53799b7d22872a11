#!/usr/bin/env bash
# Resilience demo: no acknowledged article is lost when PostgreSQL goes down for a while.
# Usage: deploy/local/pg-outage-check.sh [N]        (system up: ./atlas up; local PostgreSQL, not DB_URL)
#
# Posts N articles (default 20: variants of samples/ with a unique marker line, so every id is new) through the
# gateway, stops PostgreSQL after the first half, posts the rest while it is down, starts it again, and polls
# GET /api/v1/articles/{id} until every article the gateway acknowledged is stored.
# Exit 0 when all acknowledged articles are stored within ATLAS_OUTAGE_TIMEOUT seconds (default 120), else 1.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

COUNT="${1:-20}"
TIMEOUT="${ATLAS_OUTAGE_TIMEOUT:-120}"
MARKER="outage-check-$(date +%Y%m%d%H%M%S)-$$"
WORK="$(mktemp -d)"
ACKED=()
UNACKED=()
pg_stopped=false

cleanup() {
    # Never leave the database down, even when interrupted.
    if [[ "$pg_stopped" == true ]]; then "$ATLAS_LOCAL/postgres.sh" start || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

preconditions() {
    [[ "$COUNT" =~ ^[1-9][0-9]*$ ]] || die "usage: $0 [N]   (N articles, default 20)"
    external_db && die "DB_URL is set: this demo stops and starts the local PostgreSQL, not an external one"
    "$ATLAS_LOCAL/postgres.sh" status > /dev/null || die "PostgreSQL is not running; ./atlas up first"
    curl -fs -o /dev/null --max-time 5 "$ATLAS_GATEWAY_URL/q/health/ready" \
        || die "gateway not ready at $ATLAS_GATEWAY_URL; ./atlas up first"
}

# Writes variant I of a sample: the same article with one sentence added after its first "。", inside the body,
# so that its normalized body (and id) is new. (A paragraph appended at the end falls into the trailing site chrome
# of some formats and is cleaned away, which gave variants the sample's own id.)
make_article() {
    local i="$1" samples=("$ATLAS_ROOT"/samples/*)
    local sample="${samples[$(( (i - 1) % ${#samples[@]} ))]}"
    sed "0,/。/s//。这是第${i}号后续报道（${MARKER}）。/" "$sample" > "$WORK/article-$i.txt"
}

# Posts article I; an id in a 2xx answer is an acknowledgement the system must honour.
post_article() {
    local i="$1" status id
    status="$(curl -sS -o "$WORK/answer" -w '%{http_code}' --max-time 60 -X POST \
        -H 'Content-Type: text/plain; charset=UTF-8' -H 'Accept: application/json' \
        --data-binary "@$WORK/article-$i.txt" "$ATLAS_GATEWAY_URL/api/v1/articles")" || status="000"
    id="$(json_field id < "$WORK/answer" 2>/dev/null || true)"
    if [[ "$status" == 2* && -n "$id" ]]; then
        ACKED+=("$id")
        printf '  #%-3d HTTP %s acknowledged %s\n' "$i" "$status" "$id"
    else
        UNACKED+=("#$i HTTP $status")
        printf '  #%-3d HTTP %s not acknowledged: %s\n' "$i" "$status" "$(json_field detail < "$WORK/answer" || true)"
    fi
}

stored() { curl -fs -o /dev/null --max-time 10 "$ATLAS_GATEWAY_URL/api/v1/articles/$1"; }

# Polls until every acknowledged id is readable; prints the ones still missing at the deadline.
await_stored() {
    local deadline=$((SECONDS + TIMEOUT)) missing id
    while :; do
        missing=()
        for id in "${ACKED[@]}"; do stored "$id" || missing+=("$id"); done
        (( ${#missing[@]} == 0 )) && return 0
        if (( SECONDS >= deadline )); then
            printf 'MISSING after %ss: %s\n' "$TIMEOUT" "${missing[*]}"
            return 1
        fi
        sleep 2
    done
}

main() {
    local i half=$(( (COUNT + 1) / 2 )) started=$SECONDS
    preconditions
    echo "posting $COUNT articles (marker $MARKER); PostgreSQL goes down after #$half"
    for ((i = 1; i <= COUNT; i++)); do
        make_article "$i"
        post_article "$i"
        if (( i == half )); then
            "$ATLAS_LOCAL/postgres.sh" stop
            pg_stopped=true
        fi
    done
    "$ATLAS_LOCAL/postgres.sh" start
    pg_stopped=false
    (( ${#ACKED[@]} > 0 )) || die "the gateway acknowledged none of the $COUNT articles"
    local distinct
    distinct="$(printf '%s\n' "${ACKED[@]}" | sort -u | wc -l)"
    (( distinct == ${#ACKED[@]} )) \
        || die "only $distinct distinct ids among ${#ACKED[@]} acknowledged articles: the variants are not all new"
    echo "waiting up to ${TIMEOUT}s for ${#ACKED[@]} acknowledged articles to be stored"
    local result=0
    await_stored || result=1
    printf 'sent %d, acknowledged %d, not acknowledged %d, all acknowledged stored: %s (%ss)\n' "$COUNT" \
        "${#ACKED[@]}" "${#UNACKED[@]}" "$([[ $result == 0 ]] && echo yes || echo NO)" "$((SECONDS - started))"
    return "$result"
}

main
