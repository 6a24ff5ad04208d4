#!/usr/bin/env bash
# Knowledge-core benchmark: index build (cold start), warm start to healthy (plain jar, and bin/start.sh with its
# class-data-sharing archive), /api/search and /api/chat latency with 8 concurrent clients for 20 s each, resident
# memory and heap. Loopback only; stops by itself.
# Usage: bench/knowledge-benchmark.sh        (builds target/campaign-bot.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/campaign-bot.jar ] || ./mvnw -q -B package -DskipTests

# start NAME COMMAND...: starts the service with its own index and database under $WORK, times it to healthy
start() {
  local name=$1; shift
  "$@" --server.port=$PORT --bot.knowledge.index-dir="$WORK/index" \
       --spring.datasource.url="jdbc:h2:file:$WORK/db" --logging.file.path="$WORK/logs" >"$WORK/app-$name.log" 2>&1 &
  PID=$!
  local t0=$(date +%s%N)
  for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 0.1; done
  echo "BENCH $name start to healthy: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}
stop() { kill $PID; wait $PID 2>/dev/null || true; }

JAR=(java -Xmx512m -jar target/campaign-bot.jar)
start cold "${JAR[@]}"
grep -o "知识库就绪.*" "$WORK/app-cold.log" | sed 's/^/BENCH index build: /'
stop
start warm-jar "${JAR[@]}"
stop
# bin/start.sh prepares its class-data-sharing archive on first use: do that before timing it
JAVA_OPTS="-Xmx512m -Dspring.context.exit=onRefresh" timeout 300 bin/start.sh --server.port=0 \
  --bot.knowledge.index-dir="$WORK/index" --spring.datasource.url="jdbc:h2:file:$WORK/db" >/dev/null 2>&1 || true
start warm-start.sh bin/start.sh
# the load generator runs at lower priority: in use the clients are on other machines, not on the server's 2 cores
nice -n 10 ./mvnw -q -B test -Dtest=KnowledgeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.url="http://127.0.0.1:$PORT" 2>&1 | grep "^BENCH" || true
echo "BENCH resident memory: $(grep VmRSS /proc/$PID/status | awk '{print $2/1024 " MB"}')"
jcmd $PID GC.heap_info 2>/dev/null | head -3 | sed 's/^/BENCH heap: /' || true
stop
