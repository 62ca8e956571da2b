#!/usr/bin/env bash
# CLI wall time on this machine: the median of N runs of a read command and of a write command
# on a store of EVENTS events, next to a bare `java -version`. Usage: bench/cli.sh [EVENTS] [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events="${1:-10000}"
runs="${2:-11}"
export OPENUP_HOME="${OPENUP_HOME:-$(mktemp -d /tmp/openup-bench.XXXXXX)}"
cd "$root"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

./openup --version >/dev/null            # builds when needed and records the class-data archive
if [ ! -f "$OPENUP_HOME/profiles/default.properties" ]; then
  echo "Seeding $events events into $OPENUP_HOME (through the real command path)…" >&2
  ./openup admin seed --events "$events" >&2
  ./openup init --name Bench >/dev/null
fi

java_ms=$(for _ in $(seq "$runs"); do wall java -version; done | median)
read_ms=$(for _ in $(seq "$runs"); do wall ./openup partner show; done | median)
write_ms=$(for i in $(seq "$runs"); do wall ./openup moment "bench moment $i"; done | median)
total=$(java -version 2>&1 | head -1)

printf '%-38s %8s\n' "what (median of $runs runs)" "ms"
printf '%-38s %8s\n' "java -version" "$java_ms"
printf '%-38s %8s\n' "openup partner show (read)" "$read_ms"
printf '%-38s %8s\n' "openup moment \"…\" (write)" "$write_ms"
echo "store: $OPENUP_HOME, about $events seeded events; $total"
