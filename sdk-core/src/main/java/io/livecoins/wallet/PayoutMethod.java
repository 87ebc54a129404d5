package io.livecoins.wallet;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a creator is paid for a withdrawal. */
public enum PayoutMethod {
  /** A bank transfer; wire name {@code bank}. */
  BANK("bank"),
  /** A PayPal payout; wire name {@code paypal}. */
  PAYPAL("paypal"),
  /**
   * A method newer than this SDK version, seen in a server's answer. Not accepted by {@link
   * WalletApi#withdraw(long, PayoutMethod)}.
   */
  UNKNOWN("unknown");

  private final String wireName;

  PayoutMethod(String wireName) {
    this.wireName = wireName;
  }

  /** {@return the name on the wire, such as {@code "bank"}} */
  public String wireName() {
    return wireName;
  }

  /**
   * {@return the method for a wire name (case-insensitive), or {@link #UNKNOWN} for any other}
   *
   * @param wireName the name on the wire, such as {@code "bank"}
   */
  public static PayoutMethod fromWireName(@Nullable String wireName) {
    if (wireName == null) return UNKNOWN;
    String lower = wireName.toLowerCase(Locale.ROOT);
    for (PayoutMethod method : values()) {
      if (method != UNKNOWN && method.wireName.equals(lower)) return method;
    }
    return UNKNOWN;
  }
}
