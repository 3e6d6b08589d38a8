#!/usr/bin/env bash
# End-to-end benchmark of the real binary on generated catalogues, next to `cat` of the
# same files (the floor: reading them). Usage: scripts/bench.sh [N ...]   (default 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p quytrinh-cli -p quytrinh-bench
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
best() { # best wall time of 3 runs of "$@", and the peak RSS of the last
  local b=999999 t rss
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
    read -r t rss < "$work/t"
    b=$(python3 -c "print(min($b, $t))")
  done
  echo "$b $rss"
}
printf '%8s %8s %10s %12s %12s %12s %10s\n' files MB cat_s check_s files_per_s MB_per_s peak_MB
for n in "${sizes[@]}"; do
  dir="$work/cat$n"
  ./target/release/qtr-gen "$n" "$dir" >/dev/null
  mb=$(python3 -c "import os,sys; d=sys.argv[1]; print(round(sum(os.path.getsize(os.path.join(d,f)) for f in os.listdir(d))/1e6,1))" "$dir")
  read -r tcat _ < <(best sh -c "cat $dir/*.qtr")
  read -r tchk rss < <(best ./target/release/quytrinh check "$dir" --format json)
  python3 -c "n=$n; t=$tchk; print(f'{n:>8} {$mb:>8} {$tcat:>10} {t:>12} {n/t:>12.0f} {$mb/t:>12.1f} {$rss/1024:>10.0f}')"
done
echo
echo "in-process stages (qtr-bench):"
./target/release/qtr-bench "${sizes[@]}"
