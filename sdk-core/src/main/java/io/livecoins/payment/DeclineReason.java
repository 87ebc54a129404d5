package io.livecoins.payment;

import java.util.Locale;

/** Why a payment was declined; {@link #UNKNOWN} stands for a reason newer than this SDK. */
public enum DeclineReason {
  /** Generic decline by the issuer. */
  DECLINED,
  /** Not enough funds on the card or account. */
  INSUFFICIENT_FUNDS,
  /** The card has expired. */
  EXPIRED_CARD,
  /** The security code was wrong. */
  INCORRECT_CVC,
  /** The processor failed; the user may try again. */
  PROCESSING_ERROR,
  /** The issuer requires authentication (3-D Secure) that was not completed. */
  AUTHENTICATION_REQUIRED,
  /** A reason this SDK version does not know. */
  UNKNOWN;

  /** {@return the wire name, such as {@code "insufficient_funds"}} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire name; unknown or null names give {@link #UNKNOWN}.
   *
   * @param wireName the wire name, such as {@code "insufficient_funds"}
   * @return the reason; never null
   */
  public static DeclineReason fromWireName(String wireName) {
    if (wireName == null) return UNKNOWN;
    for (DeclineReason reason : values()) {
      if (reason != UNKNOWN && reason.wireName().equals(wireName)) return reason;
    }
    return UNKNOWN;
  }
}
