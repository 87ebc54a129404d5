#!/usr/bin/env bash
# Ready-to-publish checks (issue #16), run by .ci/run after the tests. About 3-5 minutes on 2 cores.
#  1. Release profile: builds sdk-core, sdk-testing and sdk-kotlin with -Prelease (signing skipped: -Dgpg.skip) and
#     installs them into a throwaway repository (target/consumer-repo; ~/.m2 is only read), then LISTS
#     what Maven Central requires per published module (pom, jar, sources, javadoc; the parent's pom) and
#     fails if one is missing, if the javadoc documents an internal package, or if the effective POM
#     metadata is incomplete. sdk-kotlin's javadoc jar is its KDoc rendered by Dokka (javadoc layout).
#     Tests are not compiled here (-Dmaven.test.skip): .ci/run has run them already.
#  2. Reproducible build: builds the same artifacts again into another directory and compares every jar
#     byte for byte.
#  3. Footprint: sdk-core's jar must stay <= 288 KiB (guard: the measured 280 KiB plus a small margin; the
#     goal of 200 KiB is not met, see docs/benchmarks.md, section 7).
#  4. Public API guard: scripts/api-check.sh on the jars of step 1.
#  5. Consumer check: scripts/consumer-check.sh against the repository of step 1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
REPO="$ROOT/target/consumer-repo"
TAIL="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
MODULES=(sdk-core sdk-testing sdk-kotlin)
PL=sdk-core,sdk-testing,sdk-kotlin
MVN=(./mvnw -B -q -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL")
START=$(date +%s)
log() { echo "-- [$(( $(date +%s) - START ))s] $*"; }

rm -rf "$REPO" "$ROOT/target/repro"
mkdir -p "$REPO"
log "release profile: build and install ${MODULES[*]} and the parent POM (gpg skipped)"
"${MVN[@]}" -Prelease -Dgpg.skip -pl "$PL" -am install -Dmaven.test.skip=true

FAIL=0
need() { # file description
  if [[ -s "$1" ]]; then
    printf '   ok       %-60s %8s bytes  %s\n' "${1#"$REPO"/}" "$(stat -c %s "$1")" "$2"
  else
    printf '   MISSING  %-60s %s\n' "${1#"$REPO"/}" "$2"
    FAIL=1
  fi
}
log "artifacts Maven Central requires (in $REPO)"
need "$REPO/io/livecoins/livecoins-parent/$VERSION/livecoins-parent-$VERSION.pom" "parent POM"
for m in "${MODULES[@]}"; do
  d="$REPO/io/livecoins/$m/$VERSION"
  need "$d/$m-$VERSION.pom" "POM"
  need "$d/$m-$VERSION.jar" "classes"
  need "$d/$m-$VERSION-sources.jar" "sources"
  need "$d/$m-$VERSION-javadoc.jar" "javadoc"
  if [[ -s "$d/$m-$VERSION-javadoc.jar" ]] && unzip -Z1 "$d/$m-$VERSION-javadoc.jar" | grep -q '/internal/'; then
    echo "   javadoc of $m documents an internal package" >&2
    FAIL=1
  fi
done
need "$REPO/io/livecoins/sdk-testing/$VERSION/sdk-testing-$VERSION-standalone.jar" "the standalone mock server"
# The published sdk-testing POM (dependency-reduced) must not declare the SnakeYAML it shades.
if grep -q '<groupId>org.yaml</groupId>' "$REPO/io/livecoins/sdk-testing/$VERSION/sdk-testing-$VERSION.pom"; then
  echo "   the published sdk-testing POM still declares a shaded or test-only dependency" >&2
  FAIL=1
fi
# Effective metadata Central checks: name, description, url (no artifact id appended), license, developer, scm.
for m in "${MODULES[@]}"; do
  meta=$("${MVN[@]}" -pl "$m" exec:exec -Dexec.executable=echo \
    -Dexec.args='${project.name}|${project.description}|${project.url}|${project.scm.url}|${project.scm.connection}|${project.licenses[0].name}|${project.developers[0].name}')
  IFS='|' read -r name desc url scmurl scmconn license dev <<< "$meta"
  printf '   %-12s url=%s scm=%s license=%s developer=%s\n' "$m" "$url" "$scmconn" "$license" "$dev"
  for v in "$name" "$desc" "$url" "$scmurl" "$scmconn" "$license" "$dev"; do
    if [[ -z "$v" || "$v" == *'${'* ]]; then echo "   $m: incomplete POM metadata" >&2; FAIL=1; fi
  done
  if [[ "$url" == *"$m"* || "$scmurl" == *"$m"* || "$scmconn" == *"$m"* ]]; then
    echo "   $m: the artifact id is appended to an inherited URL" >&2
    FAIL=1
  fi
done
[[ $FAIL -eq 0 ]] || { echo "release artifacts: incomplete" >&2; exit 1; }

log "reproducible build: the same artifacts again, into target/repro"
"${MVN[@]}" -Prelease -Dgpg.skip -Dlc.buildRoot="$ROOT/target/repro" -pl "$PL" -am package -Dmaven.test.skip=true
COMPARED=0
for m in "${MODULES[@]}"; do
  for a in "$REPO/io/livecoins/$m/$VERSION/$m-$VERSION"*.jar; do
    b="$ROOT/target/repro/$m/$(basename "$a")"
    if ! cmp -s "$a" "$b"; then
      echo "   not reproducible: $(basename "$a") differs between two builds of one commit" >&2
      FAIL=1
    fi
    COMPARED=$((COMPARED + 1))
  done
done
[[ $FAIL -eq 0 && $COMPARED -ge 10 ]] || { echo "reproducible build: failed ($COMPARED jars compared)" >&2; exit 1; }
echo "   $COMPARED jars identical across two builds"

CORE_JAR="$REPO/io/livecoins/sdk-core/$VERSION/sdk-core-$VERSION.jar"
SIZE=$(stat -c %s "$CORE_JAR")
# The goal is 200 KiB (issue #16), not met: 286,386 bytes (280 KiB) on 2026-12-01 after the trims of
# docs/benchmarks.md, section 7; then 356,673 bytes (348 KiB) with issue #14 (account and eligibility,
# gift presentation, the on-disk asset cache); then 370,861 bytes (362 KiB) with builders for the public
# value types (#16); 371,335 with the event-stream fixes; 377,569 (368.7 KiB) with the fixes of four
# seam audits (feed, decoding, secrets, purchase records). The guard is that figure plus a small margin,
# so that growth is a decision. Why 200 KiB cannot be met with the API of #11-#16: docs/benchmarks.md, section 7.
GUARD_KIB=370
log "footprint: sdk-core jar $SIZE bytes ($((SIZE / 1024)) KiB; guard $GUARD_KIB KiB, goal 200 KiB)"
if [[ $SIZE -gt $((GUARD_KIB * 1024)) ]]; then
  echo "sdk-core's jar grew past $GUARD_KIB KiB: see docs/benchmarks.md (section 7) for what it is made of" >&2
  exit 1
fi

log "public API guard"
SKIP_BUILD=1 scripts/api-check.sh

log "consumer check"
SKIP_INSTALL=1 scripts/consumer-check.sh
log "publish checks passed"
