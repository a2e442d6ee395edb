#!/usr/bin/env bash
# Executes the stancekit notebooks in place with the 'java' kernel (notebooks/install-kernel.sh), so their saved
# outputs are fresh, then checks that no output carries corpus text (when ../shared/data is there).
# Usage: notebooks/run-all.sh [NOTEBOOK.ipynb ...]   (default: every notebook in notebooks/)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
# The launcher builds target/stancekit.jar when it is missing or older than the sources.
"$here/../stancekit" --version >/dev/null
if [ $# -gt 0 ]; then notebooks=("$@"); else notebooks=("$here"/[0-9]*.ipynb); fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for nb in "${notebooks[@]}"; do
  # The kernel sometimes misses Jupyter's first requests at start-up and never answers (about one start in
  # eight here, more under load); such a start fails within 30 s and is retried (up to five starts).
  for attempt in 1 2 3 4 5; do
    start=$SECONDS
    if jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.kernel_name=java \
        --ExecutePreprocessor.startup_timeout=30 --ExecutePreprocessor.timeout=1800 \
        --ExecutePreprocessor.record_timing=False "$nb" >"$log" 2>&1; then
      echo "executed $(basename "$nb") in $((SECONDS - start)) s"
      # the kernel echoes the jar's absolute path; keep the saved outputs free of this machine's layout
      sed -i "s#$(cd "$here/.." && pwd)/##g" "$nb"
      break
    fi
    if grep -q "Kernel didn't respond" "$log" && [ "$attempt" -lt 5 ]; then
      echo "$(basename "$nb"): the kernel did not start; retrying" >&2
      continue
    fi
    grep -v '^\[[0-9-]* [0-9:]*\] \[INFO' "$log" | tail -40 >&2
    echo "run-all: $(basename "$nb") failed" >&2
    exit 1
  done
done
python3 "$here/check-outputs.py" "${notebooks[@]}"
