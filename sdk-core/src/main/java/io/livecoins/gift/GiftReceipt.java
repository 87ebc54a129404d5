package io.livecoins.gift;

import io.livecoins.internal.Strings;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server's record of one sent gift request: which gift, to whom, in which stream, how many, and
 * the coins it cost. Immutable and thread-safe.
 */
public final class GiftReceipt {
  private final String id;
  private final String giftId;
  private final String recipientId;
  private final String streamId;
  private final int quantity;
  private final long coinCost;
  private final long coins;
  private final Instant createdAt;

  private GiftReceipt(Builder b) {
    this.id = Strings.requireNonBlank(b.id, "id");
    this.giftId = Strings.requireNonBlank(b.giftId, "giftId");
    this.recipientId = Strings.requireNonBlank(b.recipientId, "recipientId");
    this.streamId = Strings.requireNonBlank(b.streamId, "streamId");
    if (b.quantity < 1) throw new IllegalArgumentException("quantity < 1: " + b.quantity);
    if (b.coinCost < 0) throw new IllegalArgumentException("coinCost < 0: " + b.coinCost);
    if (b.coins < 0) throw new IllegalArgumentException("coins < 0: " + b.coins);
    this.quantity = b.quantity;
    this.coinCost = b.coinCost;
    this.coins = b.coins;
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt == null");
  }

  /**
   * Starts a receipt. The SDK builds receipts from the server's answers; build one yourself for a
   * test double or a fixture.
   *
   * <pre>{@code
   * GiftReceipt receipt = GiftReceipt.builder().id("gft_1").giftId("rose").recipientId("carol")
   *     .streamId("stream-carol").quantity(3).coinCost(1).coins(3).createdAt(now).build();
   * }</pre>
   *
   * @return a new builder; every field must be set (the coin counts may stay 0)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this receipt's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.giftId = giftId;
    b.recipientId = recipientId;
    b.streamId = streamId;
    b.quantity = quantity;
    b.coinCost = coinCost;
    b.coins = coins;
    b.createdAt = createdAt;
    return b;
  }

  /** {@return the receipt id; the {@code reference} of the matching wallet transaction} */
  public String id() {
    return id;
  }

  /** {@return the gift sent} */
  public String giftId() {
    return giftId;
  }

  /** {@return the creator who received it} */
  public String recipientId() {
    return recipientId;
  }

  /** {@return the stream it was sent in} */
  public String streamId() {
    return streamId;
  }

  /** {@return how many of the gift were sent} */
  public int quantity() {
    return quantity;
  }

  /** {@return coins per gift} */
  public long coinCost() {
    return coinCost;
  }

  /** {@return coins spent in all} */
  public long coins() {
    return coins;
  }

  /** {@return when the server recorded it} */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GiftReceipt)) return false;
    GiftReceipt that = (GiftReceipt) o;
    return quantity == that.quantity
        && coinCost == that.coinCost
        && coins == that.coins
        && id.equals(that.id)
        && giftId.equals(that.giftId)
        && recipientId.equals(that.recipientId)
        && streamId.equals(that.streamId)
        && createdAt.equals(that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, giftId, recipientId, streamId, quantity, coinCost, coins, createdAt);
  }

  @Override
  public String toString() {
    return "GiftReceipt{id=" + id + ", giftId=" + giftId + ", recipientId=" + recipientId
        + ", streamId=" + streamId + ", quantity=" + quantity + ", coinCost=" + coinCost
        + ", coins=" + coins + ", createdAt=" + createdAt + '}';
  }

  /** Builds a {@link GiftReceipt}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String giftId;
    private @Nullable String recipientId;
    private @Nullable String streamId;
    private int quantity;
    private long coinCost;
    private long coins;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the receipt id.
     *
     * @param id the receipt id, not blank; the {@code reference} of the matching wallet transaction
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the gift sent.
     *
     * @param giftId the catalog id of the gift, such as {@code "rose"}; not blank
     * @return this builder
     */
    public Builder giftId(String giftId) {
      this.giftId = giftId;
      return this;
    }

    /**
     * Sets the recipient.
     *
     * @param recipientId the creator who received the gift; not blank
     * @return this builder
     */
    public Builder recipientId(String recipientId) {
      this.recipientId = recipientId;
      return this;
    }

    /**
     * Sets the stream.
     *
     * @param streamId the live stream the gift was sent in; not blank
     * @return this builder
     */
    public Builder streamId(String streamId) {
      this.streamId = streamId;
      return this;
    }

    /**
     * Sets how many of the gift were sent.
     *
     * @param quantity at least 1; there is no default
     * @return this builder
     */
    public Builder quantity(int quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets what one of the gift cost.
     *
     * @param coinCost coins per gift, not negative (0 for a free gift)
     * @return this builder
     */
    public Builder coinCost(long coinCost) {
      this.coinCost = coinCost;
      return this;
    }

    /**
     * Sets the coins spent.
     *
     * @param coins coins spent in all (whole coins, not negative)
     * @return this builder
     */
    public Builder coins(long coins) {
      this.coins = coins;
      return this;
    }

    /**
     * Sets when the server recorded the gift.
     *
     * @param createdAt the server's time of the send; not null
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the receipt.
     *
     * @return the receipt
     * @throws NullPointerException if an id or the time was not set
     * @throws IllegalArgumentException if an id is blank, the quantity is not positive, or a coin
     *     count is negative
     */
    public GiftReceipt build() {
      return new GiftReceipt(this);
    }
  }
}
