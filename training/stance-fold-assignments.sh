#!/usr/bin/env bash
# Cross-validates a stance config and the scikit-learn peer on several fold assignments (stratified 5-fold, one per
# seed; seed 13 gives training/stance-vi-folds.tsv) and prints one summary row per assignment, so a difference can be
# read against the fold-to-fold noise. Needs ../shared/data and /usr/bin/python3 with scikit-learn.
# Usage: training/stance-fold-assignments.sh [CONFIG] [SEED...]   (default: training/stance-vi.yaml 13 7 21)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
config=${1:-$here/stance-vi.yaml}
shift || true
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(13 7 21)
[ -f "$config" ] || { echo "stance-fold-assignments: $config: no such config" >&2; exit 2; }
annotated="$here/../../shared/data/stance-vi/annotated.jsonl"
[ -f "$annotated" ] || { echo "stance-fold-assignments: $annotated: not found (the corpora live in ../shared/data)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for s in "${seeds[@]}"; do
  /usr/bin/python3 "$here/peers/stance_sklearn.py" stance-vi --annotated "$annotated" --write-folds --seed "$s" \
    --folds "$work/folds$s.tsv" >/dev/null
  echo "stance-fold-assignments: seed $s" >&2
  "$here/../stancekit" bench stance --config "$config" --folds "$work/folds$s.tsv" --json "$work/seed$s.json" >/dev/null
done
/usr/bin/python3 - "$work" "${seeds[@]}" <<'PY'
import json, sys
work, seeds = sys.argv[1], sys.argv[2:]
print(f"{'seed':>4}  {'stancekit':>9}  {'best peer':>9}  {'margin':>7}  per-class F1 (stancekit)")
margins = []
for s in seeds:
    r = json.load(open(f"{work}/seed{s}.json"))
    mine = r["stancekit"]["macro_f1"]
    peer = max(p["macro_f1"] for p in r["peers"])
    margins.append(mine - peer)
    per = "  ".join(f"{k} {v['f1']:.3f}" for k, v in r["stancekit"]["per_class"].items())
    print(f"{s:>4}  {mine:9.3f}  {peer:9.3f}  {mine - peer:+7.3f}  {per}")
print(f"mean margin {sum(margins) / len(margins):+.3f} over {len(seeds)} fold assignments")
PY
