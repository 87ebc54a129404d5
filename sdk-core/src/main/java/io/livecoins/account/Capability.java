package io.livecoins.account;

import java.util.Locale;

/**
 * Something a user may or may not be allowed to do: age, region and role gate each of them ({@link
 * Account#may(Capability)}, {@link io.livecoins.errors.AgeRestrictedException#capability()}).
 */
public enum Capability {
  /** Sending gifts (spending coins in a live stream). */
  GIFTING,
  /** Receiving gifts as a creator. */
  RECEIVING_GIFTS,
  /** Buying coins. */
  RECHARGE,
  /** Withdrawing a creator's diamonds as money. */
  WITHDRAWAL,
  /** A capability this SDK version does not know. */
  UNKNOWN;

  /** {@return the wire name, such as {@code "receiving_gifts"}} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name; unknown or null names give {@link #UNKNOWN}.
   *
   * @param wireName the wire name, such as {@code "gifting"}, or null
   * @return the capability; never null
   */
  public static Capability fromWireName(@org.jspecify.annotations.Nullable String wireName) {
    if (wireName == null) return UNKNOWN;
    for (Capability c : values()) {
      if (c != UNKNOWN && c.wireName().equals(wireName)) return c;
    }
    return UNKNOWN;
  }
}
