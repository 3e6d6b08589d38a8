#!/usr/bin/env bash
# Side by side, same content, same machine: `quytrinh check` on N generated procedures,
# against what a team would use instead — the same procedures as portal JSON validated by
# ajv-cli (npm) against the JSON Schema, and as YAML validated by check-jsonschema (PyPI).
# quytrinh also runs its 60 semantic rules, which a schema cannot express.
# Usage: scripts/compare.sh [N] [N_YAML]     (defaults 10000 and 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
n_yaml=${2:-1000}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cargo build --release -q -p quytrinh-cli -p quytrinh-bench
target=${CARGO_TARGET_DIR:-target}
"$target/release/qtr-gen" "$n" "$work/qtr" >/dev/null
"$target/release/quytrinh" build "$work/qtr" --emit json --out "$work/json" 2>/dev/null
rm "$work/json/catalogue.json"
mkdir -p "$work/yaml"
python3 -m pip install --quiet --disable-pip-version-check check-jsonschema pyyaml
python3 - "$work/json" "$work/yaml" "$n_yaml" <<'PY'
import json, os, sys, yaml
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
for name in sorted(os.listdir(src))[:n]:
    doc = json.load(open(os.path.join(src, name), encoding="utf-8"))
    yaml.safe_dump(doc, open(os.path.join(dst, name[:-5] + ".yaml"), "w", encoding="utf-8"), allow_unicode=True)
PY
(cd "$work" && npm install --silent --no-audit --no-fund ajv-cli@5 ajv-formats@3 >/dev/null 2>&1)
best() { # best wall time of 3 runs
  local b=999999 t
  for _ in 1 2 3; do
    /usr/bin/time -f "%e" -o "$work/time" "$@" >/dev/null 2>&1 || true
    t=$(tail -1 "$work/time")
    b=$(python3 -c "print(min($b, ${t:-999999}))")
  done
  echo "$b"
}
t_cat=$(best sh -c "cat $work/qtr/*.qtr")
t_qtr=$(best "$target/release/quytrinh" check "$work/qtr" --format json)
t_ajv=$(best sh -c "cd $work && npx ajv validate --spec=draft2020 --strict=false -c ajv-formats -s $PWD/docs/schema/portal-1.json -d '$work/json/*.json'")
t_cjs=$(best python3 -m check_jsonschema --schemafile docs/schema/portal-1.json "$work"/yaml/*.yaml)
python3 - <<PY
n, ny = $n, $n_yaml
cat, q, ajv, cjs = $t_cat, $t_qtr, $t_ajv, $t_cjs
print(f"{'tool':<52} {'files':>7} {'wall (s)':>9} {'files/s':>9}")
print(f"{'cat (reading the .qtr files: the floor)':<52} {n:>7} {cat:>9.2f} {n/cat:>9.0f}")
print(f"{'quytrinh check (parse, resolve, 60 rules)':<52} {n:>7} {q:>9.2f} {n/q:>9.0f}")
print(f"{'ajv-cli, same content as JSON, JSON Schema only':<52} {n:>7} {ajv:>9.2f} {n/ajv:>9.0f}")
print(f"{'check-jsonschema, same content as YAML':<52} {ny:>7} {cjs:>9.2f} {ny/cjs:>9.0f}")
print(f"quytrinh vs ajv-cli: {ajv/q:.1f}x faster; vs check-jsonschema (per file): {(cjs/ny)/(q/n):.0f}x faster; vs cat: {q/cat:.1f}x the floor")
PY
