#!/usr/bin/env bash
# Sends every file of a folder through the gateway (POST /api/v1/articles) and sums up what happened.
# Usage: deploy/local/import.sh DIR      (./atlas import DIR)
# Gateway: ATLAS_GATEWAY_URL (default http://127.0.0.1:$ATLAS_GATEWAY_PORT). Progress on stderr, summary on stdout.
# A duplicate is an accepted file whose receipt links it to an earlier copy of its story (duplicateOf), or says
# the very same article was stored before (alreadyStored: true, e.g. a second import), or whose id an earlier file
# of this run already had.
# Exit: 0 all accepted or duplicates, 1 some refused, 2 usage or gateway unreachable.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

BAR_WIDTH=24

content_type() {
    case "${1,,}" in
        *.html | *.htm) echo "text/html; charset=UTF-8" ;;
        *.md | *.markdown) echo "text/markdown; charset=UTF-8" ;;
        *) echo "text/plain; charset=UTF-8" ;;
    esac
}

progress() {
    local done="$1" total="$2" name="$3" filled bar
    filled=$((done * BAR_WIDTH / total))
    bar="$(printf '%*s' "$filled" '' | tr ' ' '#')$(printf '%*s' "$((BAR_WIDTH - filled))" '' | tr ' ' '-')"
    if [[ -t 2 ]]; then
        printf '\r\033[K[%s] %d/%d %s' "$bar" "$done" "$total" "$name" >&2
        (( done == total )) && printf '\n' >&2
    else
        printf '[%s] %d/%d %s\n' "$bar" "$done" "$total" "$name" >&2
    fi
    return 0
}

check_gateway() {
    curl -sS -o /dev/null --max-time 5 "$ATLAS_GATEWAY_URL/q/health/live" 2>/dev/null && return 0
    info "error: gateway unreachable at $ATLAS_GATEWAY_URL (is it up? ./atlas up, or set ATLAS_GATEWAY_URL)"
    exit 2
}

main() {
    local dir="${1:-}"
    [[ -n "$dir" && -d "$dir" ]] || { info "usage: atlas import DIR   (a folder of .txt/.html/.md articles)"; exit 2; }
    local files=() file name status body id duplicate_of already_stored reason total n=0
    local accepted=0 duplicates=0 refused=0 refusals=() seen=" "
    while IFS= read -r -d '' file; do files+=("$file"); done \
        < <(find "$dir" -maxdepth 1 -type f ! -name '.*' -print0 | sort -z)
    total=${#files[@]}
    (( total > 0 )) || { info "no files in $dir"; exit 2; }
    check_gateway
    body="$(mktemp)"
    # Expanded now: at EXIT main has returned and its local "body" is gone (set -u would fail the script).
    trap "rm -f '$body'" EXIT
    for file in "${files[@]}"; do
        name="$(basename "$file")"
        status="$(curl -sS -o "$body" -w '%{http_code}' --max-time 120 -X POST \
            -H "Content-Type: $(content_type "$name")" -H 'Accept: application/json' \
            --data-binary "@$file" "$ATLAS_GATEWAY_URL/api/v1/articles")" \
            || { info ""; info "error: gateway unreachable at $ATLAS_GATEWAY_URL after $n of $total files"; exit 2; }
        n=$((n + 1))
        progress "$n" "$total" "$name"
        if [[ "$status" == 2* ]]; then
            id="$(json_field id < "$body")"
            # The sed fallback of json_field prints JSON null as "null"; jq and python3 print nothing.
            duplicate_of="$(json_field duplicateOf < "$body")"
            [[ "$duplicate_of" != null ]] || duplicate_of=""
            # jq prints true or nothing, python3 True/False, the sed fallback true/false.
            already_stored="$(json_field alreadyStored < "$body")"
            if [[ -n "$duplicate_of" || "${already_stored,,}" == true || ( -n "$id" && "$seen" == *" $id "* ) ]]
            then
                duplicates=$((duplicates + 1))
            else
                accepted=$((accepted + 1))
            fi
            seen+="$id "
            # ./atlas up waits for these to be stored before it shows the regions.
            [[ -z "${ATLAS_IMPORT_IDS_FILE:-}" || -z "$id" ]] || printf '%s\n' "$id" >> "$ATLAS_IMPORT_IDS_FILE"
        elif [[ "$status" == 409 ]]; then
            duplicates=$((duplicates + 1))
        else
            reason="$(json_field detail < "$body")"
            [[ -n "$reason" ]] || reason="$(json_field title < "$body")"
            [[ -n "$reason" ]] || reason="$(head -c 200 "$body" | tr '\n' ' ')"
            refused=$((refused + 1))
            refusals+=("$name: HTTP $status ${reason:-no reason given}")
        fi
    done
    printf 'imported %d files from %s: %d accepted, %d duplicates, %d refused\n' \
        "$total" "$dir" "$accepted" "$duplicates" "$refused"
    for reason in "${refusals[@]}"; do printf '  refused %s\n' "$reason"; done
    (( refused == 0 )) || exit 1
}

main "$@"
