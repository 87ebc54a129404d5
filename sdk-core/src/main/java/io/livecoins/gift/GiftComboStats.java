package io.livecoins.gift;

import java.util.Objects;

/**
 * Counters of one {@link GiftCombo} at one moment, for a UI ("x17") or a benchmark. Immutable.
 *
 * <p>Every accepted tap is in exactly one place: {@code tapsAccepted == quantitySent +
 * quantityFailed + quantityPending}. Refused taps were never sent.
 */
public final class GiftComboStats {
  private final long tapsAccepted;
  private final long tapsRefused;
  private final long requestsSent;
  private final long quantitySent;
  private final long quantityFailed;
  private final long quantityPending;
  private final long coinsSpent;

  private final long quantityUnknown;

  /**
   * Creates a snapshot with no batch of unknown outcome.
   *
   * @param tapsAccepted taps accepted by {@link GiftCombo#tap()}
   * @param tapsRefused taps refused by {@link GiftCombo#tap()} (balance too low, combo closed or
   *     failed)
   * @param requestsSent send requests made (one per flushed batch; retries of a batch are not
   *     counted again)
   * @param quantitySent gifts the server confirmed
   * @param quantityFailed accepted taps that were not confirmed: their batch failed, or they were
   *     dropped after a failure
   * @param quantityPending accepted taps waiting to be sent or in flight
   * @param coinsSpent coins the server confirmed spending
   * @throws IllegalArgumentException if a counter is negative or the taps do not add up
   */
  public GiftComboStats(
      long tapsAccepted,
      long tapsRefused,
      long requestsSent,
      long quantitySent,
      long quantityFailed,
      long quantityPending,
      long coinsSpent) {
    this(tapsAccepted, tapsRefused, requestsSent, quantitySent, quantityFailed, quantityPending,
        coinsSpent, 0);
  }

  /**
   * Creates a snapshot.
   *
   * @param quantityUnknown the part of {@code quantityFailed} whose batch failed with {@link
   *     io.livecoins.errors.Effect#UNKNOWN}
   * @param tapsAccepted taps accepted by {@link GiftCombo#tap()}
   * @param tapsRefused taps refused by {@link GiftCombo#tap()} (balance too low, combo closed or
   *     failed)
   * @param requestsSent send requests made (one per flushed batch; retries of a batch are not
   *     counted again)
   * @param quantitySent gifts the server confirmed
   * @param quantityFailed accepted taps that were not confirmed: their batch failed, or they were
   *     dropped after a failure
   * @param quantityPending accepted taps waiting to be sent or in flight
   * @param coinsSpent coins the server confirmed spending
   * @throws IllegalArgumentException if a counter is negative, the taps do not add up or {@code
   *     quantityUnknown > quantityFailed}
   */
  public GiftComboStats(
      long tapsAccepted,
      long tapsRefused,
      long requestsSent,
      long quantitySent,
      long quantityFailed,
      long quantityPending,
      long coinsSpent,
      long quantityUnknown) {
    if (tapsAccepted < 0 || tapsRefused < 0 || requestsSent < 0 || quantitySent < 0
        || quantityFailed < 0 || quantityPending < 0 || coinsSpent < 0 || quantityUnknown < 0) {
      throw new IllegalArgumentException("negative counter");
    }
    if (tapsAccepted != quantitySent + quantityFailed + quantityPending) {
      throw new IllegalArgumentException("tapsAccepted != sent + failed + pending");
    }
    if (quantityUnknown > quantityFailed) {
      throw new IllegalArgumentException("quantityUnknown > quantityFailed");
    }
    this.quantityUnknown = quantityUnknown;
    this.tapsAccepted = tapsAccepted;
    this.tapsRefused = tapsRefused;
    this.requestsSent = requestsSent;
    this.quantitySent = quantitySent;
    this.quantityFailed = quantityFailed;
    this.quantityPending = quantityPending;
    this.coinsSpent = coinsSpent;
  }

  /** {@return taps accepted by {@link GiftCombo#tap()}} */
  public long tapsAccepted() {
    return tapsAccepted;
  }

  /** {@return taps refused by {@link GiftCombo#tap()} (balance too low, combo closed or failed)} */
  public long tapsRefused() {
    return tapsRefused;
  }

  /**
   * {@return send requests made (one per flushed batch; retries of a batch are not counted again)}
   */
  public long requestsSent() {
    return requestsSent;
  }

  /** {@return gifts the server confirmed} */
  public long quantitySent() {
    return quantitySent;
  }

  /**
   * {@return accepted taps that were not confirmed: their batch failed, or they were dropped after
   * a failure} A failed batch with {@link io.livecoins.errors.Effect#UNKNOWN} may still have been
   * charged once (counted in {@link #quantityUnknown()}).
   */
  public long quantityFailed() {
    return quantityFailed;
  }

  /**
   * {@return the part of {@link #quantityFailed()} whose batch failed with {@link
   * io.livecoins.errors.Effect#UNKNOWN}: it may have been charged} Settle it with {@link
   * GiftCombo#retryFailedBatch()}; once settled it counts as sent.
   */
  public long quantityUnknown() {
    return quantityUnknown;
  }

  /** {@return accepted taps waiting to be sent or in flight} */
  public long quantityPending() {
    return quantityPending;
  }

  /** {@return coins the server confirmed spending} */
  public long coinsSpent() {
    return coinsSpent;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GiftComboStats)) return false;
    GiftComboStats that = (GiftComboStats) o;
    return tapsAccepted == that.tapsAccepted
        && tapsRefused == that.tapsRefused
        && requestsSent == that.requestsSent
        && quantitySent == that.quantitySent
        && quantityFailed == that.quantityFailed
        && quantityPending == that.quantityPending
        && coinsSpent == that.coinsSpent
        && quantityUnknown == that.quantityUnknown;
  }

  @Override
  public int hashCode() {
    return Objects.hash(tapsAccepted, tapsRefused, requestsSent, quantitySent, quantityFailed,
        quantityPending, coinsSpent, quantityUnknown);
  }

  @Override
  public String toString() {
    return "GiftComboStats{tapsAccepted=" + tapsAccepted + ", tapsRefused=" + tapsRefused
        + ", requestsSent=" + requestsSent + ", quantitySent=" + quantitySent
        + ", quantityFailed=" + quantityFailed + ", quantityPending=" + quantityPending
        + ", coinsSpent=" + coinsSpent + ", quantityUnknown=" + quantityUnknown + '}';
  }
}
