#!/usr/bin/env bash
# Load benchmark of the public survey page: ./scripts/survey/load.sh [respondents] [seconds] [think-ms]
# Starts Momentos in-process on a fresh embedded PostgreSQL (a temporary directory), so nothing else is needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o -DskipTests test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
# The collector ./momentos serves with (see there); SURVEY_LOAD_JAVA_OPTS adds or overrides
# JVM options, e.g. -XX:+UseG1GC to compare, or -XX:StartFlightRecording=filename=load.jfr.
gc="-XX:+UseZGC"
case "${SURVEY_LOAD_JAVA_OPTS:-}" in *-XX:+Use*GC*) gc="" ;; esac
exec java -Xmx1g $gc ${SURVEY_LOAD_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.momentos.survey.bench.SurveyLoad "${1:-200}" "${2:-60}" "${3:-1000}"
