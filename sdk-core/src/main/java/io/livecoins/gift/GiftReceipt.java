package io.livecoins.gift;

import io.livecoins.internal.Strings;
import java.time.Instant;
import java.util.Objects;

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

  /**
   * Creates a receipt.
   *
   * @param id the receipt id; the {@code reference} of the matching wallet transaction
   * @param giftId the gift sent
   * @param recipientId the creator who received it
   * @param streamId the stream it was sent in
   * @param quantity how many of the gift were sent
   * @param coinCost coins per gift
   * @param coins coins spent in all
   * @param createdAt when the server recorded it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id is blank, the quantity is not positive, or a coin
   *     count is negative
   */
  public GiftReceipt(
      String id,
      String giftId,
      String recipientId,
      String streamId,
      int quantity,
      long coinCost,
      long coins,
      Instant createdAt) {
    this.id = Strings.requireNonBlank(id, "id");
    this.giftId = Strings.requireNonBlank(giftId, "giftId");
    this.recipientId = Strings.requireNonBlank(recipientId, "recipientId");
    this.streamId = Strings.requireNonBlank(streamId, "streamId");
    if (quantity < 1) throw new IllegalArgumentException("quantity < 1: " + quantity);
    if (coinCost < 0) throw new IllegalArgumentException("coinCost < 0: " + coinCost);
    if (coins < 0) throw new IllegalArgumentException("coins < 0: " + coins);
    this.quantity = quantity;
    this.coinCost = coinCost;
    this.coins = coins;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt == null");
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
}
