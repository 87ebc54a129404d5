package io.livecoins.account;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Who set a spending limit, which decides who may change it. */
public enum LimitSource {
  /** The platform (or a regulator through it); the user cannot change it. */
  BACKEND,
  /** The user; they may lower it at once, and raise or clear it after a cooling-off period. */
  SELF,
  /** A parent or guardian; the user cannot raise or clear it. */
  PARENT,
  /** A source this SDK version does not know. */
  UNKNOWN;

  /** {@return the wire name, such as {@code "parent"}} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name; unknown or null names give {@link #UNKNOWN}.
   *
   * @param wireName the wire name, such as {@code "self"}, or null
   * @return the source; never null
   */
  public static LimitSource fromWireName(@Nullable String wireName) {
    if (wireName == null) return UNKNOWN;
    for (LimitSource s : values()) {
      if (s != UNKNOWN && s.wireName().equals(wireName)) return s;
    }
    return UNKNOWN;
  }
}
