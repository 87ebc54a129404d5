#!/usr/bin/env bash
# Shrinks the JVM sample with R8 (class-file output, release mode) together with the SDK and its
# runtime dependencies, applying only the rules the jars ship (the SDK's META-INF/proguard/livecoins.pro)
# plus r8-walkthrough.pro, then runs the shrunk walkthrough against the standalone mock server on
# 127.0.0.1. Green means nothing the SDK needs at run time (Moshi-reflected models, enums) was stripped.
#
# Usage: sdk-jvm-sample/r8-walkthrough.sh     Env: SKIP_MAVEN=1 to reuse an earlier `./mvnw verify`.
# Needs the Android sample's build outputs (R8 from Maven Central and the SDK's runtime jars).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
ANDROID="$ROOT/sdk-android-sample/target"
MOCK_JAR="$ROOT/sdk-testing/target/livecoins-mock-server.jar"
OUT="$HERE/target/r8-walkthrough"

if [ "${SKIP_MAVEN:-}" != 1 ]; then
  echo "== r8-walkthrough: building with Maven"
  (cd "$ROOT" && ./mvnw -B -q -pl sdk-jvm-sample,sdk-android-sample -am package -DskipTests)
fi
SAMPLE_JAR="$(ls "$HERE"/target/sdk-jvm-sample-*.jar | grep -v -- '-sources\|-javadoc' | head -n1)"
for f in "$SAMPLE_JAR" "$ANDROID/apk/tools/r8.jar" "$MOCK_JAR"; do
  [ -f "$f" ] || { echo "r8-walkthrough: missing $f (run ./mvnw verify first)" >&2; exit 1; }
done

rm -rf "$OUT" && mkdir -p "$OUT"
# The SDK's runtime jars, as an app ships them (sdk-core, OkHttp, Moshi, Okio, Kotlin stdlib, slf4j-api).
"$ROOT/scripts/r8-shrink.sh" --r8 "$ANDROID/apk/tools/r8.jar" --main io.livecoins.sample.jvm.Main \
    --pg-conf "$HERE/r8-walkthrough.pro" --out "$OUT/shrunk.jar" "$SAMPLE_JAR" "$ANDROID"/apk/libs/*.jar

echo "== r8-walkthrough: starting the standalone mock server"
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
[ -n "$URL" ] || { echo "r8-walkthrough: the mock server did not start" >&2; exit 1; }

echo "== r8-walkthrough: running the shrunk sample against $URL"
java -cp "$OUT/shrunk.jar" io.livecoins.sample.jvm.Main \
    --base-url "$URL" --token demo-token-alice --creator-token demo-token-carol | tee "$OUT/walkthrough.txt"
grep -q 'Everything behaved' "$OUT/walkthrough.txt" || { echo "r8-walkthrough: the walkthrough did not finish green" >&2; exit 1; }
echo "r8-walkthrough: the shrunk JVM sample ran its walkthrough green"
