#!/usr/bin/env bash
# One screen about the regions the system knows: GET /api/v1/regions from the gateway, as a table.
# Usage: deploy/local/regions-summary.sh [WAIT_SECONDS]
# Waits up to WAIT_SECONDS (default 30) for a non-empty answer, since metrics-service consumes imports asynchronously.
# Formats with jq if present, else python3, else prints the raw JSON.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

MAX_ROWS=20
URL="$ATLAS_GATEWAY_URL/api/v1/regions"

fetch() { curl -fs --max-time 10 -H 'Accept: application/json' "$URL"; }

# Non-empty means more than an empty array, or an object whose only member is an empty array.
EMPTY_OBJECT='^\{[[:space:]]*"[A-Za-z]+"[[:space:]]*:[[:space:]]*\[[[:space:]]*\][[:space:]]*\}$'
has_rows() { [[ -n "$1" && ! "$1" =~ ^\[[[:space:]]*\]$ && ! "$1" =~ $EMPTY_OBJECT ]]; }

format_jq() {
    jq -r --argjson max "$MAX_ROWS" '
        (if type == "array" then . else (.regions // .items // .data // []) end) as $rows
        | ($rows[0] // {} | to_entries
            | map(select(.value | type == "string" or type == "number" or type == "boolean")) | map(.key)
            | .[0:7]) as $keys
        | "\($rows | length) regions",
          ($keys | @tsv),
          ($rows[0:$max][] | [.[$keys[]] | tostring] | @tsv),
          (if ($rows | length) > $max then "… \(($rows | length) - $max) more" else empty end)'
}

format_python() {
    python3 -c '
import json, sys
doc = json.load(sys.stdin)
rows = doc if isinstance(doc, list) else next((doc[k] for k in ("regions", "items", "data") if k in doc), [])
keys = [k for k, v in (rows[0] if rows else {}).items() if isinstance(v, (str, int, float, bool))][:7]
print(f"{len(rows)} regions")
print("\t".join(keys))
for row in rows[:int(sys.argv[1])]:
    print("\t".join(str(row.get(k, "")) for k in keys))
if len(rows) > int(sys.argv[1]):
    print(f"… {len(rows) - int(sys.argv[1])} more")' "$MAX_ROWS"
}

main() {
    local wait="${1:-30}" deadline body
    deadline=$((SECONDS + wait))
    body="$(fetch)" || return 1
    while ! has_rows "$body" && (( SECONDS < deadline )); do
        sleep 2
        body="$(fetch)" || return 1
    done
    echo "Regions ($URL):"
    if command -v jq >/dev/null 2>&1; then
        format_jq <<< "$body" | column -t -s $'\t'
    elif command -v python3 >/dev/null 2>&1; then
        format_python <<< "$body" | column -t -s $'\t'
    else
        printf '%s\n' "$body"
    fi
}

main "$@"
