#!/bin/sh
# The benchmark of issue 7, from a clean clone: builds what it needs (profile 'benchmarks'), then runs
# every server in a JVM of its own against the Java load generator and prints the table and ratios.
# Settings as -D options after the script's name, e.g.  benchmarks/run.sh -Dbench.warmup=30 -Dbench.servers=raw,echo
set -e
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -DskipTests package -pl benchmarks -am
exec java -Xmx1g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  -Dbench.sampleCp="benchmarks/target/classes:sample-app/target/wcs-hooks-sample.jar" \
  -Dbench.logs=benchmarks/target/bench-logs -Dbench.out=benchmarks/target/bench-results.md \
  "$@" io.wcshooks.bench.Benchmark
