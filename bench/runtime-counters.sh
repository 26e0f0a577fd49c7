#!/usr/bin/env bash
# The runtime's share of a run: CPU, allocations, GC pauses and JIT time per article, from the runtime's own
# counters (dotnet-counters, System.Runtime meter), for `pipeline ingest` (embedded) and `pipeline analyze` over the
# same folder, as shipped (dynamic PGO off, non-concurrent GC) and with each of the two switched back to the runtime's
# default (DOTNET_TieredPGO=1, DOTNET_gcConcurrent=1), one after the other.
#
#   bench/runtime-counters.sh ARTICLES_DIR [ROUNDS]
#
# ARTICLES_DIR: e.g. the articles the end-to-end benchmark generates (`--keep --work DIR`, then DIR/articles).
set -euo pipefail
articles=${1:?usage: bench/runtime-counters.sh ARTICLES_DIR [ROUNDS]}
rounds=${2:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
export MASSTRANSIT_USAGE_TELEMETRY=false DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MALLOC_TRIM_THRESHOLD_=268435456
counters=${DOTNET_COUNTERS:-$HOME/.dotnet/tools/dotnet-counters}
if [ ! -x "$counters" ]; then
  dotnet tool install -g dotnet-counters >/dev/null
fi
dotnet build -c Release "$root/src/Pipeline.Worker" -v q -nologo >/dev/null
dll="$root/src/Pipeline.Worker/bin/Release/net10.0/pipeline.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=$(find "$articles" -maxdepth 1 -type f | wc -l)

measure() { # label VARIABLE=value command...
  local label=$1 setting=$2; shift 2
  rm -f "$work"/store.db* "$work/counters.csv"
  env "$setting" "$counters" collect --format csv -o "$work/counters.csv" --counters System.Runtime \
    --refresh-interval 1 -- /usr/bin/env dotnet "$dll" "$@" >/dev/null 2>&1
  python3 - "$work/counters.csv" "$count" "$label" <<'PY'
import csv, collections, sys
path, count, label = sys.argv[1], int(sys.argv[2]), sys.argv[3]
total = collections.defaultdict(float)
for row in list(csv.reader(open(path)))[1:]:
    name = row[2].split(' (')[0] + ('[' + row[2].split('[')[1] if '[' in row[2] else '')
    try:
        total[name] += float(row[-1])
    except ValueError:
        pass
cpu = total['dotnet.process.cpu.time[cpu.mode=user]'] + total['dotnet.process.cpu.time[cpu.mode=system]']
print(f"| {label} | {cpu * 1000 / count:.2f} | {total['dotnet.jit.compilation.time'] * 1000 / count:.2f} "
      f"| {total['dotnet.jit.compiled_methods']:.0f} | {total['dotnet.gc.heap.total_allocated'] / count / 1024:.0f} "
      f"| {total['dotnet.gc.pause.time'] * 1000 / count:.2f} |")
PY
}

echo "$count articles from $articles, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| run | CPU ms per article | JIT ms per article | methods compiled | KB allocated per article | GC pause ms per article |"
echo "|---|---:|---:|---:|---:|---:|"
for _ in $(seq "$rounds"); do
  measure "ingest, as shipped" SHIPPED=1 ingest "$articles" --store "$work/store.db"
  measure "ingest, dynamic PGO on" DOTNET_TieredPGO=1 ingest "$articles" --store "$work/store.db"
  measure "ingest, concurrent GC on" DOTNET_gcConcurrent=1 ingest "$articles" --store "$work/store.db"
  measure "analyze, as shipped" SHIPPED=1 analyze "$articles"
  measure "analyze, dynamic PGO on" DOTNET_TieredPGO=1 analyze "$articles"
  measure "analyze, concurrent GC on" DOTNET_gcConcurrent=1 analyze "$articles"
done
