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
    read -r t rss < <(tail -n 1 "$work/t") # the last line: `time` writes "Command exited with non-zero status" first
    if python3 -c "import sys; sys.exit(0 if $t < $b else 1)"; then b=$t; brss=$rss; fi
  done
  echo "$b $brss"
}
best_fresh() { # runs, a folder, then the command (which works on $work/w): a fresh copy of the
  # folder before each run, outside the time
  local runs=$1 src=$2; shift 2
  local b=999999 t rss
  for _ in $(seq "$runs"); do
    rm -rf "$work/w" "$work/cp"; cp -r "$src" "$work/w"; sync
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
    read -r t rss < <(tail -n 1 "$work/t") # the last line: `time` writes "Command exited with non-zero status" first
    if python3 -c "import sys; sys.exit(0 if $t < $b else 1)"; then b=$t; fi
  done
  echo "$b 0"
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

echo
echo "one file, many findings or steps (must grow linearly: each size is twice the last):"
printf '%8s %14s %13s %9s\n' n check_human_s check_json_s fmt_s
for n in 2000 4000 8000 16000; do
  dir="$work/one$n"; mkdir -p "$dir"
  cp examples/agency.qtr "$dir/"
  # n steps whose actor is unknown: n findings (QM001) in one file.
  python3 - "$n" "$dir/p.qtr" "$work/f$n.qtr" <<'PY'
import sys
n, findings, steps = int(sys.argv[1]), sys.argv[2], sys.argv[3]
body = "\n".join(f'    {i} "Bước {i}" by khongco 1h' for i in range(1, min(n, 1000) + 1))
# Past 1,000 steps a procedure is refused (QS019): findings come from several procedures.
open(findings, "w").write("".join(f'procedure "QT-{k}" {{\n  steps {{\n{body}\n  }}\n}}\n' for k in range(max(1, n // 1000))))
body = "\n".join(f'    {i} "Bước {i}"   by cv_mc 1h  # {i}' for i in range(1, min(n, 1000) + 1))
open(steps, "w").write("".join(f'procedure "QT-F{k}" {{\n  steps {{\n{body}\n  }}\n}}\n' for k in range(max(1, n // 1000))))
PY
  read -r th _ < <(best 3 "$target/release/quytrinh" check "$dir" --lang en)
  read -r tj _ < <(best 3 "$target/release/quytrinh" check "$dir" --format json)
  read -r tf _ < <(best 3 sh -c "cp $work/f$n.qtr $work/g.qtr && $target/release/quytrinh fmt $work/g.qtr")
  printf '%8s %14s %13s %9s\n' "$n" "$th" "$tj" "$tf"
done

echo
echo "fix and migrate (the generated catalogue, each procedure with one wrong branch form for fix;"
echo "as it is, under the 2018 regime, for migrate): compute only (--diff), then writing every file;"
echo "cp -r of the same files is the floor of writing them, sed -i of every file (which writes each"
echo "to a temporary and renames it over the old one) the floor of replacing them:"
printf '%8s %9s %9s %10s %12s %13s %8s\n' files cp_r_s sed_i_s fix_diff_s fix_write_s migrate_diff_s migrate_write_s
for n in "${sizes[@]}"; do
  [ "$n" -le 10000 ] || continue
  dir="$work/fx$n"
  "$target/release/qtr-gen" "$n" "$dir" >/dev/null
  sed -i 's/on refused    issue BM03/on refused    issue BM02/' "$dir"/p*.qtr
  read -r tcp _ < <(best_fresh 3 "$dir" cp -r "$work/w" "$work/cp")
  read -r tsed _ < <(best_fresh 3 "$dir" sh -c "sed -i 's/^procedure/procedure/' $work/w/*.qtr")
  read -r tfd _ < <(best 3 "$target/release/quytrinh" fix "$dir" --diff)
  read -r tfw _ < <(best_fresh 3 "$dir" "$target/release/quytrinh" fix "$work/w")
  sed -i 's/on refused    issue BM02/on refused    issue BM03/' "$dir"/p*.qtr
  read -r tmd _ < <(best 3 "$target/release/quytrinh" migrate "$dir" --to decree_118_2025 --date 01/12/2026 --diff)
  read -r tmw _ < <(best_fresh 3 "$dir" "$target/release/quytrinh" migrate "$work/w" --to decree_118_2025 --date 01/12/2026)
  printf '%8s %9s %9s %10s %12s %13s %8s\n' "$n" "$tcp" "$tsed" "$tfd" "$tfw" "$tmd" "$tmw"
  rm -rf "$dir" "$work/w" "$work/cp"
done
