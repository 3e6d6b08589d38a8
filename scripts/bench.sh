#!/usr/bin/env bash
# End-to-end benchmark of the real binary on generated catalogues, next to `cat` of the
# same files (the floor: reading them). For each size: `check` (best of 3, peak RSS, one
# thread and two), then `build --emit json` (best of 2, peak RSS).
# Usage: scripts/bench.sh [N ...]   (default 1000 10000; 100000 needs ~0.8 GB of source and
# ~2 GB of output on disk)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p quytrinh-cli -p quytrinh-bench
target=${CARGO_TARGET_DIR:-target}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
best() { # runs, then the command: best wall time and the peak RSS of the best run
  local runs=$1; shift
  local b=999999 brss=0 t rss
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
    read -r t rss < "$work/t"
    if python3 -c "import sys; sys.exit(0 if $t < $b else 1)"; then b=$t; brss=$rss; fi
  done
  echo "$b $brss"
}
printf '%8s %7s %7s %9s %9s %8s %9s %8s %9s %8s\n' files MB cat_s check_s files/s MB/s check1t_s peak_MB build_s build_MB
for n in "${sizes[@]}"; do
  dir="$work/cat$n"
  "$target/release/qtr-gen" "$n" "$dir" >/dev/null
  mb=$(python3 -c "import os,sys; d=sys.argv[1]; print(round(sum(os.path.getsize(os.path.join(d,f)) for f in os.listdir(d))/1e6,1))" "$dir")
  read -r tcat _ < <(best 3 sh -c "find $dir -name '*.qtr' -print0 | xargs -0 cat")
  read -r tchk rss < <(best 3 "$target/release/quytrinh" check "$dir" --format json)
  read -r t1 _ < <(best 1 env RAYON_NUM_THREADS=1 "$target/release/quytrinh" check "$dir" --format json)
  read -r tbld brss < <(best 2 "$target/release/quytrinh" build "$dir" --emit json --out "$work/out")
  python3 -c "n=$n; t=$tchk; print(f'{n:>8} {$mb:>7} {$tcat:>7} {t:>9} {n/t:>9.0f} {$mb/t:>8.1f} {$t1:>9} {$rss/1024:>8.0f} {$tbld:>9} {$brss/1024:>8.0f}')"
  rm -rf "$dir" "$work/out"
done
echo
echo "in-process stages (qtr-bench; whole catalogue in memory, so only up to 10,000):"
small=(); for n in "${sizes[@]}"; do [ "$n" -le 10000 ] && small+=("$n"); done
[ ${#small[@]} -eq 0 ] || "$target/release/qtr-bench" "${small[@]}"
