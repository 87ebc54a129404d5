package io.livecoins.internal;

import org.jspecify.annotations.Nullable;

/** String checks that Android API 26 lacks ({@code String.isBlank()} is Java 11). */
public final class Strings {
  private Strings() {}

  /** True if {@code s} is null, empty or only whitespace. */
  public static boolean isBlank(@Nullable String s) {
    if (s == null) return true;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) return false;
    }
    return true;
  }

  /**
   * Returns {@code value} if it is not blank and holds no control character (C0, C1, U+2028,
   * U+2029): ids and names end up in log lines, where a line break or an escape would forge one.
   *
   * @throws NullPointerException if null, naming {@code name}
   * @throws IllegalArgumentException if blank or holding a control character, naming {@code name}
   */
  public static String requireNonBlank(@Nullable String value, String name) {
    if (value == null) throw new NullPointerException(name + " == null");
    if (isBlank(value)) throw new IllegalArgumentException(name + " is blank");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
        throw new IllegalArgumentException(name + " holds a control character");
      }
    }
    return value;
  }
}
