#!/usr/bin/env bash
# Builds Gleaner as one native binary with GraalVM or Mandrel for JDK 25.
#   GRAALVM_HOME=/opt/mandrel-java25 native/build.sh
# The binary lands in target/gleaner-<version>-runner; run it like the jar (same settings, same data dir).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${GRAALVM_HOME:?set GRAALVM_HOME to a GraalVM or Mandrel for JDK 25 (its bin/ holds native-image)}"
export GRAALVM_HOME
"$GRAALVM_HOME/bin/native-image" --version
mvn -B package -Dnative -DskipTests "$@"
ls -l target/*-runner
