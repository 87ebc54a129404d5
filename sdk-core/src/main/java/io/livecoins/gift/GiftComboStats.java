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

  private GiftComboStats(Builder b) {
    if (b.tapsAccepted < 0 || b.tapsRefused < 0 || b.requestsSent < 0 || b.quantitySent < 0
        || b.quantityFailed < 0 || b.quantityPending < 0 || b.coinsSpent < 0
        || b.quantityUnknown < 0) {
      throw new IllegalArgumentException("negative counter");
    }
    // Non-negative counters can still wrap when added: a sum past Long.MAX_VALUE equals no tapsAccepted.
    long sent = b.quantitySent;
    long failed = b.quantityFailed;
    if (sent > Long.MAX_VALUE - failed || sent + failed > Long.MAX_VALUE - b.quantityPending
        || b.tapsAccepted != sent + failed + b.quantityPending) {
      throw new IllegalArgumentException("tapsAccepted != sent + failed + pending");
    }
    if (b.quantityUnknown > b.quantityFailed) {
      throw new IllegalArgumentException("quantityUnknown > quantityFailed");
    }
    this.quantityUnknown = b.quantityUnknown;
    this.tapsAccepted = b.tapsAccepted;
    this.tapsRefused = b.tapsRefused;
    this.requestsSent = b.requestsSent;
    this.quantitySent = b.quantitySent;
    this.quantityFailed = b.quantityFailed;
    this.quantityPending = b.quantityPending;
    this.coinsSpent = b.coinsSpent;
  }

  /**
   * Starts a snapshot. {@link GiftCombo#stats()} builds them; build one yourself for a test double
   * or to compare with an expected value.
   *
   * <pre>{@code
   * GiftComboStats expected = GiftComboStats.builder()
   *     .tapsAccepted(15).requestsSent(2).quantitySent(15).coinsSpent(15).build();
   * }</pre>
   *
   * @return a new builder with every counter 0 (a combo nobody tapped)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this snapshot's counters, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tapsAccepted = tapsAccepted;
    b.tapsRefused = tapsRefused;
    b.requestsSent = requestsSent;
    b.quantitySent = quantitySent;
    b.quantityFailed = quantityFailed;
    b.quantityPending = quantityPending;
    b.coinsSpent = coinsSpent;
    b.quantityUnknown = quantityUnknown;
    return b;
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

  /**
   * Builds a {@link GiftComboStats}. Every counter starts at 0; {@link #build()} checks that the
   * accepted taps add up. Not thread-safe.
   */
  public static final class Builder {
    private long tapsAccepted;
    private long tapsRefused;
    private long requestsSent;
    private long quantitySent;
    private long quantityFailed;
    private long quantityPending;
    private long coinsSpent;
    private long quantityUnknown;

    private Builder() {}

    /**
     * Sets the accepted taps.
     *
     * @param tapsAccepted taps accepted by {@link GiftCombo#tap()}, not negative; must equal {@code
     *     quantitySent + quantityFailed + quantityPending}
     * @return this builder
     */
    public Builder tapsAccepted(long tapsAccepted) {
      this.tapsAccepted = tapsAccepted;
      return this;
    }

    /**
     * Sets the refused taps.
     *
     * @param tapsRefused taps refused by {@link GiftCombo#tap()} (balance too low, combo closed or
     *     failed), not negative
     * @return this builder
     */
    public Builder tapsRefused(long tapsRefused) {
      this.tapsRefused = tapsRefused;
      return this;
    }

    /**
     * Sets the send requests made.
     *
     * @param requestsSent one per flushed batch (retries of a batch are not counted again), not
     *     negative
     * @return this builder
     */
    public Builder requestsSent(long requestsSent) {
      this.requestsSent = requestsSent;
      return this;
    }

    /**
     * Sets the gifts the server confirmed.
     *
     * @param quantitySent gifts confirmed sent, not negative
     * @return this builder
     */
    public Builder quantitySent(long quantitySent) {
      this.quantitySent = quantitySent;
      return this;
    }

    /**
     * Sets the accepted taps that were not confirmed.
     *
     * @param quantityFailed taps whose batch failed or that were dropped after a failure, not
     *     negative
     * @return this builder
     */
    public Builder quantityFailed(long quantityFailed) {
      this.quantityFailed = quantityFailed;
      return this;
    }

    /**
     * Sets the part of the failed taps whose outcome is unknown.
     *
     * @param quantityUnknown the part of {@code quantityFailed} whose batch failed with {@link
     *     io.livecoins.errors.Effect#UNKNOWN} (it may have been charged); 0 (the default) to {@code
     *     quantityFailed}
     * @return this builder
     */
    public Builder quantityUnknown(long quantityUnknown) {
      this.quantityUnknown = quantityUnknown;
      return this;
    }

    /**
     * Sets the accepted taps not settled yet.
     *
     * @param quantityPending taps waiting to be sent or in flight, not negative
     * @return this builder
     */
    public Builder quantityPending(long quantityPending) {
      this.quantityPending = quantityPending;
      return this;
    }

    /**
     * Sets the coins spent.
     *
     * @param coinsSpent coins the server confirmed spending (whole coins), not negative
     * @return this builder
     */
    public Builder coinsSpent(long coinsSpent) {
      this.coinsSpent = coinsSpent;
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the snapshot
     * @throws IllegalArgumentException if a counter is negative, the taps do not add up or {@code
     *     quantityUnknown > quantityFailed}
     */
    public GiftComboStats build() {
      return new GiftComboStats(this);
    }
  }
}
