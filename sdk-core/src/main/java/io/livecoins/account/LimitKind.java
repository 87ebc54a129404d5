package io.livecoins.account;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which spending limit: recharge limits are money in the account's currency, gifting limits are coins;
 * daily limits reset at 00:00 UTC.
 */
public enum LimitKind {
  /** Money spent on coins per day. */
  RECHARGE_DAILY,
  /** The most one coin purchase may cost. */
  RECHARGE_PER_PURCHASE,
  /** Coins sent as gifts per day. */
  GIFTING_DAILY,
  /** The most coins one gift send may cost. */
  GIFTING_PER_SEND,
  /** A creator's money withdrawn per day (set by the backend). */
  WITHDRAWAL_DAILY,
  /** A kind this SDK version does not know. */
  UNKNOWN;

  /** {@return the wire name, such as {@code "recharge_daily"}} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return whether this limit is counted in money (recharge, withdrawal) rather than coins} */
  public boolean isMoney() {
    return this == RECHARGE_DAILY || this == RECHARGE_PER_PURCHASE || this == WITHDRAWAL_DAILY;
  }

  /** {@return whether this limit is counted in coins (gifting)} */
  public boolean isCoins() {
    return this == GIFTING_DAILY || this == GIFTING_PER_SEND;
  }

  /** {@return whether this limit is per day (and so has a remaining amount and a reset time)} */
  public boolean isDaily() {
    return this == RECHARGE_DAILY || this == GIFTING_DAILY || this == WITHDRAWAL_DAILY;
  }

  /**
   * Parses a wire name; unknown or null names give {@link #UNKNOWN}.
   *
   * @param wireName the wire name, such as {@code "gifting_per_send"}, or null
   * @return the kind; never null
   */
  public static LimitKind fromWireName(@Nullable String wireName) {
    if (wireName == null) return UNKNOWN;
    for (LimitKind k : values()) {
      if (k != UNKNOWN && k.wireName().equals(wireName)) return k;
    }
    return UNKNOWN;
  }
}
