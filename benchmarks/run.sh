#!/bin/sh
# The benchmark of issue 7, from a clean clone: installs wrk (Debian's package) if it is missing, builds what
# it needs (profile 'benchmarks'), then runs every server in a JVM of its own under wrk (closed loop) and the
# Java load generator (fixed rate) and prints the table and ratios, then
# the JMH microbenchmarks of the JSON path (about 2 more minutes; table appended to target/jmh-results.md).
# Settings as -D options after the script's name, e.g.  benchmarks/run.sh -Dbench.warmup=30 -Dbench.servers=raw,echo
# Both runs get them (each reads its own: bench.* for the servers, bench.jmh.* for JMH); -Dbench.jmh=false skips JMH.
set -e
start=$(date +%s)
if ! command -v wrk >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "installing wrk (Debian's package) for the closed-loop load"
  $sudo apt-get install -y -q wrk >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q wrk >/dev/null; }
fi
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -DskipTests package -pl benchmarks -am
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
jmh=true
for arg in "$@"; do
  case "$arg" in
    -Dbench.jmh=false) jmh=false ;;
    -Dbench.jmh=true) jmh=true ;;
  esac
done
java -Xmx1g -cp "$classpath" \
  -Dbench.sampleCp="benchmarks/target/classes:sample-app/target/wcs-hooks-sample.jar" \
  -Dbench.logs=benchmarks/target/bench-logs -Dbench.out=benchmarks/target/bench-results.md \
  "$@" io.wcshooks.bench.Benchmark
if [ "$jmh" = true ]; then
  java -Xmx256m -cp "$classpath" -Dbench.jmhOut=benchmarks/target/jmh-results.md \
    "$@" io.wcshooks.bench.jmh.JsonPathBenchmarks
fi
elapsed=$(( $(date +%s) - start ))
echo "benchmarks/run.sh took $((elapsed / 60)) min $((elapsed % 60)) s, build included"
