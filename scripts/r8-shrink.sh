#!/usr/bin/env bash
# Shrinks and obfuscates a JVM program with R8 (class-file output), the way an app's release build
# would, applying the consumer rules every input jar ships in META-INF/proguard/*.pro (as the Android
# Gradle Plugin does). Use it to prove that a library's shipped rules keep what it needs at run time.
#
# Usage: scripts/r8-shrink.sh --r8 R8.jar --main MAIN_CLASS --out OUT.jar [--pg-conf FILE]... MAIN.jar [DEP.jar...]
#   MAIN.jar and DEP.jar are all program input (shrunk together); the JDK running this script is the library.
#   --pg-conf adds rules of the caller's own; MAIN_CLASS's main(String[]) is kept.
# Output: OUT.jar (class files), OUT.jar.map (the obfuscation mapping), OUT.jar.rules/ (the rules applied).
# Runs on Java 11+ with R8 from Maven Central (com.android.tools:r8). Exits non-zero when R8 fails.
set -euo pipefail

R8_JAR="" MAIN="" OUT="" EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --r8) R8_JAR="$2"; shift 2 ;;
    --main) MAIN="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --pg-conf) EXTRA+=(--pg-conf "$2"); shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    --*) echo "r8-shrink: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ -n "$R8_JAR" ] && [ -n "$MAIN" ] && [ -n "$OUT" ] && [ $# -ge 1 ] || { sed -n '7,8p' "$0" >&2; exit 2; }
[ -f "$R8_JAR" ] || { echo "r8-shrink: no R8 jar at $R8_JAR" >&2; exit 2; }
INPUTS=("$@")

JDK_HOME="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
RULES_DIR="$OUT.rules"
rm -rf "$RULES_DIR" && mkdir -p "$RULES_DIR"
printf -- '-keep class %s {\n    public static void main(java.lang.String[]);\n}\n' "$MAIN" > "$RULES_DIR/main.pro"
RULES=(--pg-conf "$RULES_DIR/main.pro")
for jar in "${INPUTS[@]}"; do
  [ -f "$jar" ] || { echo "r8-shrink: no such jar $jar" >&2; exit 2; }
  name="$(basename "$jar" .jar)"
  for entry in $(unzip -Z1 "$jar" 2>/dev/null | grep -E '^META-INF/proguard/[^/]+\.pro$' || true); do
    unzip -p "$jar" "$entry" > "$RULES_DIR/$name-$(basename "$entry")"
    RULES+=(--pg-conf "$RULES_DIR/$name-$(basename "$entry")")
  done
done
echo "r8-shrink: rules from jars: $(cd "$RULES_DIR" && ls | grep -v '^main.pro$' | tr '\n' ' ')"
java -cp "$R8_JAR" com.android.tools.r8.R8 --classfile --release --lib "$JDK_HOME" \
    "${RULES[@]}" "${EXTRA[@]}" --pg-map-output "$OUT.map" --output "$OUT" "${INPUTS[@]}" 2>&1 \
    | { grep -v "^Warning: Resource 'META-INF/.*' already exists.$" || true; }  # jars' duplicate manifests
in_bytes=0; for jar in "${INPUTS[@]}"; do in_bytes=$((in_bytes + $(stat -c %s "$jar"))); done
echo "r8-shrink: $OUT ($(( $(stat -c %s "$OUT") / 1024 )) KiB from $((in_bytes / 1024)) KiB of input)"
