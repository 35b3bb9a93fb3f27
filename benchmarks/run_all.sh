#!/bin/sh
# Run every benchmark and print their markdown tables (see BENCHMARKS.md).
#
#   benchmarks/run_all.sh [WORKSPACE]
#
# WORKSPACE (default: a temporary directory) keeps the generated schema and models, so a
# second run skips generating them. PYTHON picks the interpreter (default: python3); it
# needs this project with its `embedded` and `bench` (sqlacodegen) extras.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
if [ $# -gt 0 ]; then
    workspace=$1
else
    workspace=$(mktemp -d)
    trap 'rm -rf "$workspace"' EXIT INT TERM
fi

cd "$repo"
echo "## Static model reader"
"$python" benchmarks/bench_reader.py --workspace "$workspace"
echo
echo "## plan, apply and introspection"
"$python" benchmarks/bench_plan.py --workspace "$workspace"
echo
echo "## check-queries"
"$python" benchmarks/bench_queries.py
