#!/usr/bin/env bash
# Large-knowledge benchmark: for knowledge folders of 2, 200 and 1,000 documents (the shipped two plus county plans
# and notices synthesised from them, about 20 passages each), prints the full index build (time, passages/s), the
# re-index of one changed file, warm start to healthy with the index already on disk, /api/chat p50/p99 at 8 clients,
# resident memory and the heap still in use after a full GC. Each size gets its own folder, index and database under a
# temporary directory; loopback only; stops by itself. A 1,000-document run: an estimated 10–15 minutes on an idle
# 2-core machine (the build needs about 12 CPU-minutes), far longer on a shared one. Uses target/campaign-bot.jar as it is.
# Usage: bench/large-knowledge-benchmark.sh              the three sizes
#        bench/large-knowledge-benchmark.sh 2 200        chosen sizes
#        KEEP=1 bench/large-knowledge-benchmark.sh 1000  keeps the work folder (corpus, index, logs) and prints it
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
SIZES=("$@")
[ $# -eq 0 ] && SIZES=(2 200 1000)
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; [ -n "${KEEP:-}" ] && echo "work folder: $WORK" || rm -rf "$WORK"' EXIT
[ -f target/campaign-bot.jar ] || ./mvnw -q -B package -DskipTests
echo "BENCH machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M) UTC"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / tck}' /proc/$PID/stat; }

# start N: the service on corpus N with its own index and database, timed to healthy (index ready)
start() {
  local n=$1
  java -Xmx1g -jar target/campaign-bot.jar --server.port=$PORT --bot.knowledge.dir="$WORK/knowledge-$n" \
       --bot.knowledge.index-dir="$WORK/index-$n" --spring.datasource.url="jdbc:h2:file:$WORK/db-$n" \
       --logging.file.path="$WORK/logs-$n" >>"$WORK/app-$n.log" 2>&1 &
  PID=$!
  local t0=$(date +%s%N)
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
    kill -0 $PID 2>/dev/null || { echo "BENCH $n: the service stopped, see $WORK/app-$n.log"; tail -20 "$WORK/app-$n.log"; exit 1; }
    sleep 0.1
  done
  STARTED_MS=$(ms "$t0")
  # CPU time used so far: with other work on the machine the wall time says little, the CPU time much more
  CPU_S=$(( $(cpu_ms) / 1000 ))
}
stop() { kill $PID; wait $PID 2>/dev/null || true; PID=; }

for n in "${SIZES[@]}"; do
  ./mvnw -q -B test -Dtest='LargeKnowledgeBenchmark#synthesise' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.documents="$n" -Dbench.corpus="$WORK/knowledge-$n" 2>&1 | grep "^BENCH" || true

  start "$n"
  line=$(grep -o "知识库就绪.*" "$WORK/app-$n.log" | tail -1)
  passages=$(echo "$line" | grep -oP '\d+(?= 个段落)')
  build=$(echo "$line" | grep -oP '(?<=用时 )\d+')
  echo "BENCH $n docs: $passages passages; cold start to healthy $STARTED_MS ms ($CPU_S s CPU); index build $build ms," \
       "$(awk -v p="$passages" -v t="$build" 'BEGIN {printf "%.0f", p * 1000 / t}') passages/s"

  # one changed file: a paragraph added to a plan; the watcher notices it (polls every 2 s) and re-indexes it
  changed=$(find "$WORK/knowledge-$n" -name '*.md' | sort | head -1)
  printf '\n补充说明：各单位要在每月%s日前报送本单位任务进展情况。\n' "$n" >>"$changed"
  t0=$(date +%s%N)
  for _ in $(seq 1 1200); do grep -q "知识库已更新" "$WORK/app-$n.log" && break; sleep 0.1; done
  echo "BENCH $n docs: one changed file: $(grep -o "知识库已更新.*" "$WORK/app-$n.log" | tail -1)," \
       "$(ms "$t0") ms from the write to searchable (including the watcher's poll)"

  # the load generator runs at lower priority: in use the clients are on other machines
  cpu0=$(cpu_ms)
  nice -n 10 ./mvnw -q -B test -Dtest='KnowledgeBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.url="http://127.0.0.1:$PORT" -Dbench.seconds="${BENCH_SECONDS:-20}" 2>&1 | grep "^BENCH" \
    | sed "s/^BENCH /BENCH $n docs: /" | tee "$WORK/load-$n.txt" || true
  # the server's CPU per request (warm-up requests left out of the count, so slightly high): unlike latency, it
  # does not depend on what else the machine is doing
  requests=$(awk '{for (i = 1; i < NF; i++) if ($(i + 1) == "requests") s += $i} END {print s}' "$WORK/load-$n.txt")
  echo "BENCH $n docs: server CPU $(( ($(cpu_ms) - cpu0) / (requests > 0 ? requests : 1) )) ms per request ($requests requests)"
  echo "BENCH $n docs: resident memory $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$PID/status)," \
       "heap after full GC $(jcmd $PID GC.run >/dev/null; jcmd $PID GC.heap_info | grep -oP '(?<=used )\d+K' | head -1)"
  stop

  start "$n"
  echo "BENCH $n docs: warm start to healthy $STARTED_MS ms ($CPU_S s CPU; $(grep -o "知识库就绪.*" "$WORK/app-$n.log" | tail -1))"
  stop
done
