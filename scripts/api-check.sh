#!/usr/bin/env bash
# Public API guard (issue #16). Dumps the public and protected API of the published modules with the JDK's
# javap (signatures with generics, members sorted, one file per module under api/; javap reads sdk-kotlin's
# classes as a Java caller sees them: file facades such as LiveCoinsCalls, suspend functions with their Continuation) and compares it with the
# committed dump: any API change fails until api/*.api is updated in the same commit, so every change to
# the public API shows up in review. Also fails when a type under an `internal` package is reachable from
# the public API (a public signature naming it), except the known cases listed in api/internal-reachable.txt.
#
#   scripts/api-check.sh            # build sdk-core, sdk-testing and sdk-kotlin, then check (CI)
#   scripts/api-check.sh --update   # build, then rewrite api/*.api (commit them with the API change)
#   SKIP_BUILD=1 scripts/api-check.sh   # use the jars already in */target
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE=false
[[ "${1:-}" == "--update" ]] && UPDATE=true
export LC_ALL=C

if [[ -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -B -q -pl sdk-core,sdk-testing,sdk-kotlin -am package -DskipTests
fi
mkdir -p api target
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)

dump() { # module jar
  local jar=$1
  # Top-level and nested classes outside internal packages; anonymous and local classes ($1, $1Foo) skipped.
  local classes
  classes=$(unzip -Z1 "$jar" | grep '\.class$' | grep -v '/internal/\|module-info\|\$[0-9]' \
    | sed 's/\.class$//; s:/:.:g' | sort)
  # shellcheck disable=SC2086
  javap -protected -cp "$jar" $classes | awk '
    /^Compiled from / { next }
    /^(public|protected) / && !inclass { inclass = 1; keep = 1; header = $0; name = $0
      sub(/ (extends|implements) .*/, "", name); sub(/ \{$/, "", name); n = split(name, w, " "); cls = w[n]
      print cls "\t0\t" header; next }
    /^[a-z].*\{$/ && !inclass { inclass = 1; keep = 0; next }
    /^\}$/ { if (keep) print cls "\t2\t}"; inclass = 0; keep = 0; next }
    { if (keep && $0 !~ /^ *(static \{\};)?$/) print cls "\t1\t" $0 }
  ' | sort -t$'\t' -k1,1 -k2,2n -k3 | cut -f3-
}

STATUS=0
rm -f target/internal-reachable.new target/internal-reachable.keep
for module in sdk-core sdk-testing sdk-kotlin; do
  jar="$module/target/$module-$VERSION.jar"
  [[ -f "$jar" ]] || { echo "missing $jar (build first)" >&2; exit 1; }
  out="target/$module.api"
  dump "$jar" > "$out"
  if [[ ! -s "$out" ]]; then
    echo "api-check: empty API dump for $module" >&2
    exit 1
  fi
  if $UPDATE; then
    cp "$out" "api/$module.api"
    echo "api-check: wrote api/$module.api ($(grep -c '^\(public\|protected\) ' "$out") types)"
  elif ! diff -u "api/$module.api" "$out" > "target/$module.api.diff"; then
    echo "api-check: the public API of $module changed (- committed, + built):" >&2
    cat "target/$module.api.diff" >&2
    echo "If the change is intended, run scripts/api-check.sh --update and commit api/$module.api with it." >&2
    STATUS=1
  else
    echo "api-check: $module matches api/$module.api ($(grep -c '^\(public\|protected\) ' "$out") types)"
  fi
  # Internal types reachable from the public API: a line of the dump that names one.
  awk -v m="$module" '/^(public|protected) / { cls = $0; sub(/ \{$/, "", cls) }
    /io\.livecoins\.([a-z0-9_]+\.)*internal\./ { line = $0; sub(/^ +/, "", line); print m ": " (line == cls ? cls : cls " :: " line) }' \
    "$out" >> target/internal-reachable.new
done

touch target/internal-reachable.new
sort -o target/internal-reachable.new target/internal-reachable.new
if $UPDATE; then
  # Only ever shrinks on --update: new leaks must be fixed, not listed.
  comm -12 <(sort -u target/internal-reachable.new) \
    <(grep -vs '^#' api/internal-reachable.txt | sort -u) > target/internal-reachable.keep || true
fi
NEW=$(sort -u target/internal-reachable.new \
  | comm -23 - <(grep -vs '^#' api/internal-reachable.txt | sort -u) || true)
rm -f target/internal-reachable.new
if [[ -s target/internal-reachable.keep ]]; then
  mv target/internal-reachable.keep api/internal-reachable.txt
elif [[ -f target/internal-reachable.keep ]]; then
  rm -f target/internal-reachable.keep api/internal-reachable.txt
fi
if [[ -n "$NEW" ]]; then
  echo "api-check: types under an internal package are reachable from the public API:" >&2
  echo "$NEW" >&2
  echo "Public signatures must not name internal types: make the type public API or hide it." >&2
  STATUS=1
fi
KNOWN=$(grep -vcs '^#' api/internal-reachable.txt || true)
if [[ "${KNOWN:-0}" -gt 0 ]]; then
  echo "api-check: $KNOWN known internal leak(s) still listed in api/internal-reachable.txt (to be removed)"
fi
exit $STATUS
