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
   * Returns {@code value} if it is not blank.
   *
   * @throws NullPointerException if null, naming {@code name}
   * @throws IllegalArgumentException if blank, naming {@code name}
   */
  public static String requireNonBlank(@Nullable String value, String name) {
    if (value == null) throw new NullPointerException(name + " == null");
    if (isBlank(value)) throw new IllegalArgumentException(name + " is blank");
    return value;
  }
}
