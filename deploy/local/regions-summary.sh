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

# Columns shown when the rows have them; otherwise the first scalar fields of the first row.
PREFERRED='["code","name","level","articleCount","factCount","lastArticleAt"]'

# The rows are the answer itself (an array) or its items/regions/data member (a page).
row_count() {
    if command -v jq >/dev/null 2>&1; then
        jq -r '(if type == "array" then . else (.items // .regions // .data // []) end) | length' 2>/dev/null || echo 0
    elif command -v python3 >/dev/null 2>&1; then
        python3 -c '
import json, sys
d = json.load(sys.stdin)
print(len(d if isinstance(d, list) else next((d[k] for k in ("items", "regions", "data") if k in d), [])))' \
            2>/dev/null || echo 0
    else
        grep -c '"code"' || true
    fi
}

format_jq() {
    jq -r --argjson max "$MAX_ROWS" --argjson preferred "$PREFERRED" '
        (if type == "array" then . else (.items // .regions // .data // []) end) as $rows
        | (if type == "object" and has("totalItems") then .totalItems else ($rows | length) end) as $total
        | ($rows[0] // {}) as $first
        | ([$preferred[] | select(. as $k | $first | has($k))]) as $wanted
        | (if ($wanted | length) > 1 then $wanted else ($first | to_entries
            | map(select(.value | type == "string" or type == "number" or type == "boolean")) | map(.key)
            | .[0:6]) end) as $keys
        | ([$rows | length, $max] | min) as $shown
        | "\($total) regions with facts" + (if $total > $shown then ", the first \($shown) shown" else "" end),
          ($keys | @tsv),
          ($rows[0:$max][] | [.[$keys[]] | if . == null then "-" else tostring end] | @tsv)'
}

format_python() {
    python3 -c '
import json, sys
doc, max_rows, preferred = json.load(sys.stdin), int(sys.argv[1]), json.loads(sys.argv[2])
rows = doc if isinstance(doc, list) else next((doc[k] for k in ("items", "regions", "data") if k in doc), [])
total = doc.get("totalItems", len(rows)) if isinstance(doc, dict) else len(rows)
first = rows[0] if rows else {}
keys = [k for k in preferred if k in first]
if len(keys) < 2:
    keys = [k for k, v in first.items() if isinstance(v, (str, int, float, bool))][:6]
shown = min(len(rows), max_rows)
print(f"{total} regions with facts" + (f", the first {shown} shown" if total > shown else ""))
print("\t".join(keys))
for row in rows[:max_rows]:
    print("\t".join("-" if row.get(k) is None else str(row.get(k)) for k in keys))' "$MAX_ROWS" "$PREFERRED"
}

# First line is the title; the rest are tab-separated rows, aligned when column(1) is there.
as_table() {
    local title
    IFS= read -r title
    printf '%s\n' "$title"
    if command -v column >/dev/null 2>&1; then column -t -s $'\t'; else cat; fi
}

main() {
    local wait="${1:-30}" deadline body
    deadline=$((SECONDS + wait))
    body="$(fetch)" || return 1
    while (( $(row_count <<< "$body") == 0 && SECONDS < deadline )); do
        sleep 2
        body="$(fetch)" || return 1
    done
    echo "Regions ($URL):"
    if command -v jq >/dev/null 2>&1; then
        format_jq <<< "$body" | as_table
    elif command -v python3 >/dev/null 2>&1; then
        format_python <<< "$body" | as_table
    else
        printf '%s\n' "$body"
    fi
}

main "$@"
