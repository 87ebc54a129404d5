package io.livecoins.gift;

import io.livecoins.internal.Strings;
import java.time.Instant;
import java.util.Objects;

/**
 * One gift sent in a live stream, as the stream's {@linkplain GiftApi#events gift feed} delivers
 * it, so the host app can play the gift's animation. Immutable and thread-safe.
 */
public final class GiftEvent {
  private final String id;
  private final String giftId;
  private final String senderId;
  private final String recipientId;
  private final String streamId;
  private final int quantity;
  private final long coins;
  private final Instant createdAt;

  /**
   * Creates an event.
   *
   * @param id the event id (unique within the stream; the feed's {@code Last-Event-ID})
   * @param giftId the gift sent
   * @param senderId who sent it
   * @param recipientId the creator who received it
   * @param streamId the live stream the gift was sent in
   * @param quantity how many of the gift were sent at once (a combo sends several)
   * @param coins coins spent in all
   * @param createdAt when the gift was sent
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id is blank, the quantity is not positive or coins are
   *     negative
   */
  public GiftEvent(
      String id,
      String giftId,
      String senderId,
      String recipientId,
      String streamId,
      int quantity,
      long coins,
      Instant createdAt) {
    this.id = Strings.requireNonBlank(id, "id");
    this.giftId = Strings.requireNonBlank(giftId, "giftId");
    this.senderId = Strings.requireNonBlank(senderId, "senderId");
    this.recipientId = Strings.requireNonBlank(recipientId, "recipientId");
    this.streamId = Strings.requireNonBlank(streamId, "streamId");
    if (quantity < 1) throw new IllegalArgumentException("quantity < 1: " + quantity);
    if (coins < 0) throw new IllegalArgumentException("coins < 0: " + coins);
    this.quantity = quantity;
    this.coins = coins;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt == null");
  }

  /** {@return the event id (unique within the stream; the feed's {@code Last-Event-ID})} */
  public String id() {
    return id;
  }

  /** {@return the gift sent} */
  public String giftId() {
    return giftId;
  }

  /** {@return who sent it} */
  public String senderId() {
    return senderId;
  }

  /** {@return the creator who received it} */
  public String recipientId() {
    return recipientId;
  }

  /** {@return the stream} */
  public String streamId() {
    return streamId;
  }

  /** {@return how many of the gift were sent at once (a combo sends several)} */
  public int quantity() {
    return quantity;
  }

  /** {@return coins spent in all} */
  public long coins() {
    return coins;
  }

  /** {@return when the gift was sent} */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GiftEvent)) return false;
    GiftEvent that = (GiftEvent) o;
    return quantity == that.quantity
        && coins == that.coins
        && id.equals(that.id)
        && giftId.equals(that.giftId)
        && senderId.equals(that.senderId)
        && recipientId.equals(that.recipientId)
        && streamId.equals(that.streamId)
        && createdAt.equals(that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, giftId, senderId, recipientId, streamId, quantity, coins, createdAt);
  }

  @Override
  public String toString() {
    return "GiftEvent{id=" + id + ", giftId=" + giftId + ", senderId=" + senderId
        + ", recipientId=" + recipientId + ", streamId=" + streamId + ", quantity=" + quantity
        + ", coins=" + coins + ", createdAt=" + createdAt + '}';
  }
}
