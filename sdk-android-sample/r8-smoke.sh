#!/usr/bin/env bash
# Proves that the SDK's shipped consumer rules (META-INF/proguard/livecoins.pro in the sdk-core jar) keep
# everything it needs at run time: shrinks and obfuscates a walkthrough program (R8SmokeMain, in this
# module's test sources) together with the SDK and its dependencies using scripts/r8-shrink.sh, then runs
# the shrunk program against the standalone mock server on 127.0.0.1. Exits non-zero on any failure.
#
# Usage: sdk-android-sample/r8-smoke.sh        Env: LC_BUILD_ROOT (as build-apk.sh), SKIP_MAVEN=1
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
if [ -n "${LC_BUILD_ROOT:-}" ]; then
  TARGET="$LC_BUILD_ROOT/sdk-android-sample"; MOCK_JAR="$LC_BUILD_ROOT/sdk-testing/livecoins-mock-server.jar"
else
  TARGET="$HERE/target"; MOCK_JAR="$ROOT/sdk-testing/target/livecoins-mock-server.jar"
fi
OUT="$TARGET/r8-smoke"

if [ "${SKIP_MAVEN:-}" != 1 ]; then
  echo "== r8-smoke: building with Maven"
  (cd "$ROOT" && ./mvnw -B -q -pl sdk-android-sample -am package -DskipTests -Dmaven.test.skip.exec=true \
      ${LC_BUILD_ROOT:+-Dlc.buildRoot=$LC_BUILD_ROOT})
fi
[ -d "$TARGET/test-classes/io/livecoins/sample/android/r8" ] || { echo "r8-smoke: R8SmokeMain not compiled" >&2; exit 1; }
[ -f "$MOCK_JAR" ] || { echo "r8-smoke: no mock server jar at $MOCK_JAR" >&2; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT"
jar cf "$OUT/smoke-main.jar" -C "$TARGET/test-classes" io/livecoins/sample/android/r8
"$ROOT/scripts/r8-shrink.sh" --r8 "$TARGET/apk/tools/r8.jar" --main io.livecoins.sample.android.r8.R8SmokeMain \
    --pg-conf "$HERE/r8-smoke.pro" --out "$OUT/shrunk.jar" "$OUT/smoke-main.jar" "$TARGET"/apk/libs/*.jar

# The SDK's wire models must have been kept where the program reaches them, with their fields as written
# (Moshi reads them by reflection; the class names may go): a quick look at the mapping. Running the
# walkthrough below is the real proof.
MAP="$OUT/shrunk.jar.map"
grep -q '^io.livecoins.internal.wire.WalletDto -> ' "$MAP" \
  || { echo "r8-smoke: WalletDto was removed" >&2; exit 1; }
RENAMED_FIELDS="$(awk '/^[^ ]/ { wire = ($1 ~ /^io\.livecoins\.internal\.wire\./) }
  wire && /^    / && $0 !~ /\(/ && $2 != $4 { print }' "$MAP")"
[ -z "$RENAMED_FIELDS" ] || { echo "r8-smoke: wire model fields were renamed:" >&2; echo "$RENAMED_FIELDS" >&2; exit 1; }

echo "== r8-smoke: starting the mock server"
java -jar "$MOCK_JAR" --port 0 > "$OUT/mock-server.log" 2>&1 &
MOCK_PID=$!
trap 'kill "$MOCK_PID" 2>/dev/null || true' EXIT
URL=""
for _ in $(seq 1 300); do
  URL="$(sed -n 's/^LiveCoins mock server listening on //p' "$OUT/mock-server.log" | head -n1)"
  [ -n "$URL" ] && break
  kill -0 "$MOCK_PID" 2>/dev/null || { cat "$OUT/mock-server.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { echo "r8-smoke: the mock server did not start" >&2; cat "$OUT/mock-server.log" >&2; exit 1; }

echo "== r8-smoke: running the shrunk walkthrough against $URL"
java -cp "$OUT/shrunk.jar" io.livecoins.sample.android.r8.R8SmokeMain "$URL"
