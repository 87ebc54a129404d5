#!/usr/bin/env bash
# Builds the Android sample as a signed APK without Gradle or the Android SDK manager:
#   Maven compiles the app (Java 11 against the Android 14 framework jar) and copies its runtime jars;
#   D8 (debug) or R8 (release: shrunk with the SDK's shipped consumer rules) from Maven Central's
#   com.android.tools:r8 dexes them for --min-api 26; Debian's aapt packages the manifest against
#   framework-res.apk, zipalign aligns, apksigner signs with a generated debug key; finally
#   `aapt dump badging` must show the launchable activity.
#
# Usage: sdk-android-sample/build-apk.sh [debug|release]     (default: debug)
# Env:   LC_BUILD_ROOT=/tmp/x  build into /tmp/x/sdk-android-sample (like -Dlc.buildRoot)
#        SKIP_MAVEN=1          reuse the jars of an earlier Maven build
# Output: <target>/apk/livecoins-sample-<mode>.apk
# Missing Debian packages (aapt zipalign apksigner android-framework-res) are installed with apt-get
# when running as root (as CI does); otherwise the script says what to install. Idempotent.
set -euo pipefail

MODE="${1:-debug}"
case "$MODE" in debug|release) ;; *) echo "usage: $0 [debug|release]" >&2; exit 2 ;; esac

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
if [ -n "${LC_BUILD_ROOT:-}" ]; then TARGET="$LC_BUILD_ROOT/sdk-android-sample"; else TARGET="$HERE/target"; fi
OUT="$TARGET/apk"
WORK="$OUT/work-$MODE"
FRAMEWORK_RES=/usr/share/android-framework-res/framework-res.apk
PACKAGE=io.livecoins.sample.android
ACTIVITY=$PACKAGE.MainActivity

log() { echo "== build-apk ($MODE): $*"; }
die() { echo "build-apk: $*" >&2; exit 1; }

# --- 1. Debian's Android build tools --------------------------------------------------------------
missing=()
command -v aapt >/dev/null || missing+=(aapt)
command -v zipalign >/dev/null || missing+=(zipalign)
command -v apksigner >/dev/null || missing+=(apksigner)
[ -f "$FRAMEWORK_RES" ] || missing+=(android-framework-res)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    die "missing ${missing[*]}: run 'sudo apt-get install ${missing[*]}' (Debian/Ubuntu)"
  fi
fi
command -v keytool >/dev/null || die "keytool (from the JDK) is not on the PATH"

# --- 2. Compile the app and gather its runtime jars and the tools (pinned in the module's pom) -------
if [ "${SKIP_MAVEN:-}" != 1 ]; then
  log "compiling with Maven"
  (cd "$ROOT" && ./mvnw -B -q -pl sdk-android-sample -am package -DskipTests \
      ${LC_BUILD_ROOT:+-Dlc.buildRoot=$LC_BUILD_ROOT})
fi
APP_JAR="$(ls "$TARGET"/sdk-android-sample-*.jar 2>/dev/null | grep -v -- '-sources\|-javadoc' | head -n1 || true)"
[ -n "$APP_JAR" ] || die "no app jar in $TARGET (run without SKIP_MAVEN)"
R8_JAR="$OUT/tools/r8.jar"
ANDROID_JAR="$OUT/tools/android-all.jar"
[ -f "$R8_JAR" ] && [ -f "$ANDROID_JAR" ] || die "missing $R8_JAR or $ANDROID_JAR (run without SKIP_MAVEN)"
LIBS=("$OUT"/libs/*.jar)
# android-all (Robolectric's build of the framework) holds android.*, not java.*: add the JDK as a library too.
JDK_HOME="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
[ -d "$JDK_HOME" ] || die "cannot find the JDK home"

rm -rf "$WORK" && mkdir -p "$WORK/dex" "$WORK/javares"

# --- 3. Resources: the manifest, linked against the framework's resource table ---------------------
log "packaging the manifest with aapt"
aapt package -f -M "$HERE/src/main/AndroidManifest.xml" -I "$FRAMEWORK_RES" \
    -G "$WORK/aapt-rules.pro" -F "$WORK/unaligned.apk"

# --- 4. Dex: D8 for debug, R8 (shrink + dex) for release ------------------------------------------
if [ "$MODE" = debug ]; then
  log "dexing with D8 (--min-api 26)"
  java -cp "$R8_JAR" com.android.tools.r8.D8 --debug --min-api 26 --lib "$ANDROID_JAR" --lib "$JDK_HOME" \
      --output "$WORK/dex" "$APP_JAR" "${LIBS[@]}"
else
  # The consumer rules every jar ships (META-INF/proguard/*.pro, as AGP applies them), the keep
  # rules aapt derived from the manifest (Application, Activity), and the sample's own.
  RULES=(--pg-conf "$WORK/aapt-rules.pro" --pg-conf "$HERE/proguard-rules.pro")
  mkdir -p "$WORK/rules"
  for jar in "$APP_JAR" "${LIBS[@]}"; do
    name="$(basename "$jar" .jar)"
    for entry in $(unzip -Z1 "$jar" 2>/dev/null | grep -E '^META-INF/proguard/[^/]+\.pro$' || true); do
      unzip -p "$jar" "$entry" > "$WORK/rules/$name-$(basename "$entry")"
      RULES+=(--pg-conf "$WORK/rules/$name-$(basename "$entry")")
    done
  done
  log "shrinking and dexing with R8 (--min-api 26), rules: $(ls "$WORK/rules" | tr '\n' ' ')"
  java -cp "$R8_JAR" com.android.tools.r8.R8 --release --min-api 26 --lib "$ANDROID_JAR" --lib "$JDK_HOME" \
      --output "$WORK/dex" "${RULES[@]}" --pg-map-output "$WORK/mapping.txt" \
      "$APP_JAR" "${LIBS[@]}" 2>&1 \
      | { grep -v "^Warning: Resource 'META-INF/.*' already exists.$" || true; }  # jars' duplicate manifests
fi
(cd "$WORK/dex" && aapt add "$WORK/unaligned.apk" classes*.dex >/dev/null)

# Java resources of the jars (okhttp's public suffix list, ...), at the APK root as Gradle puts them.
for jar in "${LIBS[@]}"; do
  (cd "$WORK/javares" && unzip -q -o "$jar" -x '*.class' 'META-INF/*' 'module-info.class' '*/' 2>/dev/null || true)
done
if [ -n "$(ls -A "$WORK/javares")" ]; then
  (cd "$WORK/javares" && find . -type f | sed 's#^\./##' | xargs aapt add "$WORK/unaligned.apk" >/dev/null)
fi

# --- 5. Align and sign with a debug key ------------------------------------------------------------
KEYSTORE="$OUT/debug.keystore"
if [ ! -f "$KEYSTORE" ]; then
  log "creating the debug keystore $KEYSTORE"
  keytool -genkeypair -keystore "$KEYSTORE" -storepass android -keypass android -alias androiddebugkey \
      -keyalg RSA -keysize 2048 -validity 10000 -dname "CN=Android Debug,O=Android,C=US" >/dev/null 2>&1
fi
zipalign -f -p 4 "$WORK/unaligned.apk" "$WORK/aligned.apk"
APK="$OUT/livecoins-sample-$MODE.apk"
apksigner sign --ks "$KEYSTORE" --ks-pass pass:android --key-pass pass:android --ks-key-alias androiddebugkey \
    --min-sdk-version 26 --out "$APK" "$WORK/aligned.apk"
apksigner verify --min-sdk-version 26 "$APK"

# --- 6. Check: the launcher activity is there ------------------------------------------------------
BADGING="$(aapt dump badging "$APK")"
echo "$BADGING" | grep -E "^(package|sdkVersion|targetSdkVersion|launchable-activity):"
echo "$BADGING" | grep -q "^launchable-activity: name='$ACTIVITY'" \
    || die "aapt dump badging shows no launchable activity $ACTIVITY"
DEX_BYTES=$(unzip -l "$APK" | awk '/classes[0-9]*\.dex$/ {s += $1} END {print s}')
log "OK: $APK ($(du -k "$APK" | cut -f1) KiB, dex $((DEX_BYTES / 1024)) KiB)"
