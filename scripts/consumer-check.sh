#!/usr/bin/env bash
# Consumer check (issue #16): builds a user's project that depends on sdk-core, sdk-kotlin and sdk-testing BY
# COORDINATES, outside the reactor and without the parent's dependency management.
#  1. installs sdk-core, sdk-kotlin, sdk-testing and the parent POM into a throwaway local repository
#     (target/consumer-repo; ~/.m2 is only read, as a tail, never written);
#  2. copies consumer-check/ to target/consumer-check and generates its QuickStartTest from the README's
#     quick start (between the quickstart markers);
#  3. runs `verify` there: JUnit tests with the mock server, the quick start and sdk-kotlin's await(). Any resolution or linkage
#     problem (NoClassDefFoundError, a version clash) fails it;
#  4. prints what a Java user's test classpath holds (sdk-core, sdk-testing, JUnit; sdk-kotlin's own share left out).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
REPO="$ROOT/target/consumer-repo"
WORK="$ROOT/target/consumer-check"
TAIL="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
REPO_ARGS=(-Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL")

rm -rf "$WORK"
if [[ -z "${SKIP_INSTALL:-}" ]]; then   # scripts/publish-checks.sh has installed them already
  rm -rf "$REPO"
  mkdir -p "$REPO"
  echo "-- install sdk-core, sdk-kotlin and sdk-testing $VERSION into $REPO"
  ./mvnw -B -q "${REPO_ARGS[@]}" -pl sdk-core,sdk-testing,sdk-kotlin -am install -Dmaven.test.skip=true
fi

cp -r consumer-check "$WORK"
TEMPLATE="$WORK/src/test/java/com/example/consumer/QuickStartTest.java.template"
SNIPPET=$(sed -n '/<!-- quickstart:start -->/,/<!-- quickstart:end -->/p' README.md | grep -v '^<!--\|^```' \
  | sed 's/^/      /')
if [[ -z "$SNIPPET" ]]; then
  echo "README.md has no quickstart block" >&2
  exit 1
fi
awk -v snippet="$SNIPPET" '{ if ($0 == "//QUICKSTART") print snippet; else print }' "$TEMPLATE" \
  > "${TEMPLATE%.template}"
rm "$TEMPLATE"

echo "-- build consumer-check against the installed artifacts"
./mvnw -B -q "${REPO_ARGS[@]}" -f "$WORK/pom.xml" -Dlivecoins.version="$VERSION" verify
REPORTS="$WORK/target/surefire-reports"
TESTS=$(cat "$REPORTS"/TEST-*.xml | grep -o 'tests="[0-9]*"' | grep -o '[0-9]*' | paste -sd+ | bc)
FAILED=$(cat "$REPORTS"/TEST-*.xml | grep -o '\(failures\|errors\)="[0-9]*"' | grep -o '[0-9]*' | paste -sd+ | bc)
if [[ "$TESTS" -lt 3 || "$FAILED" -ne 0 ]]; then
  echo "consumer check: expected its tests to run and pass ($TESTS run, $FAILED failed)" >&2
  exit 1
fi
JARS=$(tr ':' '\n' < "$WORK/target/test.classpath" | grep -c '\.jar$')
BYTES=$(tr ':' '\n' < "$WORK/target/test.classpath" | grep '\.jar$' | xargs du -cb | tail -1 | cut -f1)
echo "consumer check: $TESTS passed, 0 failed; the user's test classpath: $JARS jars, $((BYTES / 1024)) KiB"
