#!/usr/bin/env bash
# What sdk-core adds to an R8-shrunk Android release build (docs/benchmarks.md, "Footprint on Android").
# Runs after `sdk-android-sample/build-apk.sh release` and reuses its tools, libraries and rules:
#  - with the SDK: the sample app's own release dex (every SDK code path the sample uses: recharge,
#    gifts with combo, live feed, payouts);
#  - without the SDK's code paths: the same libraries, rules and R8 options, but an app whose
#    Application and Activity never touch the SDK (stubs with the same names), so R8 strips all of it.
# The difference is what the SDK (with the parts of OkHttp, Okio, Moshi and Kotlin it reaches) costs an app.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${LC_BUILD_ROOT:+$LC_BUILD_ROOT/sdk-android-sample}"
TARGET="${TARGET:-$HERE/sdk-android-sample/target}"
OUT="$TARGET/apk"
WORK="$OUT/work-release"
[[ -d "$WORK/dex" && -f "$OUT/tools/r8.jar" ]] || { echo "run sdk-android-sample/build-apk.sh release first" >&2; exit 1; }
STUB="$OUT/footprint-stub"
rm -rf "$STUB" && mkdir -p "$STUB/src/io/livecoins/sample/android" "$STUB/classes" "$STUB/dex"
cat > "$STUB/src/io/livecoins/sample/android/SampleApp.java" <<'JAVA'
package io.livecoins.sample.android;
public final class SampleApp extends android.app.Application {
  @Override public void onCreate() { super.onCreate(); }
}
JAVA
cat > "$STUB/src/io/livecoins/sample/android/MainActivity.java" <<'JAVA'
package io.livecoins.sample.android;
public final class MainActivity extends android.app.Activity {
  @Override protected void onCreate(android.os.Bundle state) {
    super.onCreate(state);
    setContentView(new android.widget.TextView(this));
  }
}
JAVA
javac --release 11 -nowarn -cp "$OUT/tools/android-all.jar" -d "$STUB/classes" \
  "$STUB"/src/io/livecoins/sample/android/*.java 2>/dev/null
(cd "$STUB/classes" && jar cf "$STUB/app-stub.jar" .)
JDK_HOME="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
RULES=(--pg-conf "$WORK/aapt-rules.pro" --pg-conf "$HERE/sdk-android-sample/proguard-rules.pro")
for r in "$WORK"/rules/*.pro; do RULES+=(--pg-conf "$r"); done
java -cp "$OUT/tools/r8.jar" com.android.tools.r8.R8 --release --min-api 26 --lib "$OUT/tools/android-all.jar" \
  --lib "$JDK_HOME" --output "$STUB/dex" "${RULES[@]}" --pg-map-output "$STUB/mapping.txt" \
  "$STUB/app-stub.jar" "$OUT"/libs/*.jar 2>&1 | { grep -v "already exists.$" || true; }
size() { cat "$1"/classes*.dex | wc -c; }
WITH=$(size "$WORK/dex")
WITHOUT=$(size "$STUB/dex")
classes() { grep -c "^$2" "$1" || true; }
echo "release dex with the sample's SDK code paths:  $WITH bytes ($((WITH / 1024)) KiB)"
echo "release dex without them (stub app):          $WITHOUT bytes ($((WITHOUT / 1024)) KiB)"
echo "what the SDK adds (with what it uses of its dependencies): $(( (WITH - WITHOUT) / 1024 )) KiB of dex"
for p in io.livecoins okhttp3 okio com.squareup.moshi kotlin; do
  echo "  classes kept from $p: $(classes "$WORK/mapping.txt" "$p") with, $(classes "$STUB/mapping.txt" "$p") without"
done
