#!/usr/bin/env bash
# Runs every benchmark of docs/benchmarks.md and regenerates its tables:
#   JSON results in benchmarks/results/, the generated part of docs/benchmarks.md,
#   and the chart docs/img/benchmarks-overhead.png.
# Usage: benchmarks/run.sh [--skip-limiter]
#   --skip-limiter  leave out the rate-limiter runs (LimiterAccuracy, AdaptiveConvergence,
#                   RequestPathBenchmark; about 3 minutes), whose sections are hand-written
set -euo pipefail

cd "$(dirname "$0")/.."
skip_limiter=false
for arg in "$@"; do
	case "$arg" in
		--skip-limiter) skip_limiter=true ;;
		*) echo "unknown argument: $arg (usage: benchmarks/run.sh [--skip-limiter])" >&2; exit 2 ;;
	esac
done

export AWS_EC2_METADATA_DISABLED=true
results=benchmarks/results
started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== build"
./mvnw -pl benchmarks -am package -DskipTests -q
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
mkdir -p "$results"

echo "== client overhead and schema build (JMH, about 6 minutes)"
java -Xms2g -Xmx2g -cp "$cp" io.dynamo.benchmarks.OverheadRun "$results/overhead.json" 8 4 | tee "$results/overhead.log"

echo "== instrumentation overhead in rounds (about 3 minutes)"
java -Xms1g -Xmx1g -cp "$cp" io.dynamo.benchmarks.OverheadRounds "$results/overhead-rounds.json" 21 150 20 small,tiny | tee "$results/overhead-rounds.log"

echo "== transactions in rounds: @Transactional, transactWrite, raw TransactWriteItems (under a minute)"
java -Xms1g -Xmx1g -cp "$cp" io.dynamo.benchmarks.TransactionRounds "$results/transaction-rounds.json" 21 150 20 \
	| tee "$results/transaction-rounds.log"

echo "== bulk against the embedded engine over HTTP (about 2 minutes)"
java -Xmx1g -cp "$cp" io.dynamo.benchmarks.BulkThroughput "$results/bulk.json" 100000 20000 4 http | tee "$results/bulk.log"

echo "== bulk against the embedded engine in-process (about 1 minute)"
java -Xmx1g -cp "$cp" io.dynamo.benchmarks.BulkThroughput "$results/bulk-in-process.json" 100000 20000 4 in-process \
	| tee "$results/bulk-in-process.log"

echo "== the engine alone, in-process and over HTTP (under a minute)"
java -Xmx1g -cp "$cp" io.dynamo.benchmarks.EngineThroughput "$results/engine.json" 20000 | tee "$results/engine.log"

echo "== streaming memory, 1,000,000 items, -Xmx256m (about 1 minute)"
java -Xmx256m -cp "$cp" io.dynamo.benchmarks.StreamingMemory "$results/memory.json" 1000000 | tee "$results/memory.log"

echo "== start-up, 10 cold starts of each application (about 1 minute)"
java -cp "$cp" io.dynamo.benchmarks.startup.StartupTime "$results/startup.json" 10 | tee "$results/startup.log"

if [ "$skip_limiter" = false ]; then
	echo "== rate limiter (about 3 minutes)"
	java -cp "$cp" io.dynamo.benchmarks.LimiterAccuracy 30 8 100 both | tee "$results/limiter-accuracy.log"
	java -cp "$cp" io.dynamo.benchmarks.AdaptiveConvergence 30 200 8 | tee "$results/adaptive-convergence.log"
	java -cp "$cp" org.openjdk.jmh.Main RequestPathBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s \
		-rf json -rff "$results/request-path.json" | tee "$results/request-path.log"
fi

finished=$(date +%s)
jar_version() { tr ':' '\n' < benchmarks/target/classpath.txt | sed -n "s#.*/$1-\([0-9][^/]*\)\.jar#\1#p" | head -1; }
{
	echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "command=benchmarks/run.sh $*"
	echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks/results' ':!docs' || echo ' (with uncommitted changes)')"
	echo "machine=$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
	echo "cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
	echo "java=$(java -version 2>&1 | head -2 | tr '\n' ' ')"
	echo "versions=AWS SDK $(jar_version dynamodb), Spring Boot $(jar_version spring-boot), embedded engine dynamo-embedded (this commit), Spring Cloud AWS $(jar_version spring-cloud-aws-dynamodb), JMH $(jar_version jmh-core)"
	echo "load=load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after (1, 5, 15 min)"
	echo "duration=$(( (finished - started) / 60 )) min $(( (finished - started) % 60 )) s$([ "$skip_limiter" = true ] && echo ' (rate-limiter runs skipped)')"
} > "$results/environment.properties"

java -cp "$cp" io.dynamo.benchmarks.BenchmarkReport "$results" docs/benchmarks.md docs/img
echo "== done in $(( (finished - started) / 60 )) min $(( (finished - started) % 60 )) s"
