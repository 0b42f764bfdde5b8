#!/usr/bin/env bash
# Quality gate: extract the development sessions (or read EVAL_ARGS="--summaries DIR"), score them
# against the gold files and fail when a figure of a corpus group falls below its floor in
# .ci/eval-floors.txt.
#
# usage: .ci/evaluate.sh SHARED_DIR      (SHARED_DIR holds eval/gold and corpus/)
# env:   SESSIETOOL  command to run (default: sessietool on PATH, else the checkout's .venv)
#        EVAL_ARGS   extra arguments for `sessietool evaluate` (e.g. "--summaries /tmp/s")
# exit:  0 all floors met; 1 a figure below its floor or a file not scored; 2 usage/gold errors.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
shared="${1:?usage: .ci/evaluate.sh SHARED_DIR}"
floors_file="$here/eval-floors.txt"

if [[ ! -d "$shared/eval/gold" ]]; then
    echo "evaluate.sh: no gold files in $shared/eval/gold" >&2
    exit 2
fi

if [[ -n "${SESSIETOOL:-}" ]]; then
    read -r -a tool <<< "$SESSIETOOL"
elif command -v sessietool > /dev/null 2>&1; then
    tool=(sessietool)
elif [[ -x "$root/.venv/bin/sessietool" ]]; then
    tool=("$root/.venv/bin/sessietool")
else
    echo "evaluate.sh: sessietool not found (pip install -e . or set SESSIETOOL)" >&2
    exit 2
fi

read -r -a extra <<< "${EVAL_ARGS:-}"
echo "+ ${tool[*]} evaluate $shared/eval/gold --floors $floors_file ${extra[*]}" >&2
exec "${tool[@]}" evaluate "$shared/eval/gold" --floors "$floors_file" "${extra[@]}"
