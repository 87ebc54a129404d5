package io.livecoins.recharge;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The life cycle of a recharge {@link Order}; {@link #UNKNOWN} stands for a status newer than this SDK. */
public enum OrderStatus {
  /** Created; the server waits for a payment token ({@code confirm}). */
  AWAITING_PAYMENT,
  /** A payment token was handed over and the processor has not settled it yet; no coins yet. */
  PENDING,
  /** Paid; the coins and bonus coins were credited (once). */
  COMPLETED,
  /** The payment was declined or failed; nothing was charged or credited. */
  FAILED,
  /**
   * No payment arrived in time. Nothing was credited; a payment made before the expiry but confirmed
   * after it is still settled: the backend credits it late ({@link #COMPLETED}, {@link
   * Order#creditedLate()}) or voids it ({@link #VOIDED}).
   */
  EXPIRED,
  /**
   * The payment arrived after the order expired and the backend voided (refunded) it: nothing was
   * credited and the money goes back to the payer; {@link Order#refundReference()} names the refund.
   */
  VOIDED,
  /**
   * Completed, then refunded by the backend or the payment provider: the coins (with the bonus) were
   * taken back out of the wallet, once; coins already spent became a coin debt ({@link
   * io.livecoins.wallet.Wallet#coinDebt()}). Final.
   */
  REFUNDED,
  /**
   * Completed, then charged back (the payer disputed the payment with the bank): like {@link
   * #REFUNDED}, the coins were taken back once and spent coins became a coin debt. Final.
   */
  CHARGED_BACK,
  /** A status this SDK version does not know. */
  UNKNOWN;

  /**
   * {@return true for {@link #COMPLETED}, {@link #FAILED}, {@link #EXPIRED} and {@link #VOIDED}:
   * the order will not change by itself again (an EXPIRED order still settles a payment presented
   * late)}
   */
  public boolean isTerminal() {
    return this == COMPLETED || this == FAILED || this == EXPIRED || this == VOIDED || isReversed();
  }

  /**
   * {@return true for {@link #REFUNDED} and {@link #CHARGED_BACK}: completed, then the coins were
   * taken back}
   */
  public boolean isReversed() {
    return this == REFUNDED || this == CHARGED_BACK;
  }

  /**
   * Parses a wire name such as {@code "COMPLETED"} (case-insensitive); unknown or null
   * names give {@link #UNKNOWN}.
   *
   * @param wireName the status as the server sends it; may be null
   * @return the status; never null
   */
  public static OrderStatus fromWireName(@Nullable String wireName) {
    if (wireName == null) return UNKNOWN;
    String upper = wireName.toUpperCase(Locale.ROOT);
    for (OrderStatus status : values()) {
      if (status != UNKNOWN && status.name().equals(upper)) return status;
    }
    return UNKNOWN;
  }
}
