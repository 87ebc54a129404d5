package io.livecoins.gift;

import io.livecoins.internal.Strings;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One gift sent in a live stream, as the stream's {@linkplain GiftApi#events gift feed} delivers
 * it, with everything a screen needs to show it: a {@linkplain #gift() snapshot of the gift} (name,
 * coin cost, tier, animation assets, sound) as it was when sent, and, for a gift sent in a combo,
 * the {@linkplain #combo() combo's running count}. No catalog lookup is needed:
 *
 * <pre>{@code
 * public void onEvent(GiftEvent e) {
 *   GiftAsset animation = e.gift().animation(SUPPORTED);   // null: show a placeholder
 *   overlay.show(e.displayLabel(), animation);              // "Rose × 15"
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GiftEvent {
  private final String id;
  private final Gift gift;
  private final String senderId;
  private final String recipientId;
  private final String streamId;
  private final int quantity;
  private final long coins;
  private final Instant createdAt;
  private final @Nullable Combo combo;

  private GiftEvent(Builder b) {
    this.id = Strings.requireNonBlank(b.id, "id");
    this.gift = Objects.requireNonNull(b.gift, "gift == null");
    this.senderId = Strings.requireNonBlank(b.senderId, "senderId");
    this.recipientId = Strings.requireNonBlank(b.recipientId, "recipientId");
    this.streamId = Strings.requireNonBlank(b.streamId, "streamId");
    if (b.quantity < 1) throw new IllegalArgumentException("quantity < 1: " + b.quantity);
    if (b.coins < 0) throw new IllegalArgumentException("coins < 0: " + b.coins);
    this.quantity = b.quantity;
    this.coins = b.coins;
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt == null");
    if (b.combo != null && b.combo.count < b.quantity) {
      throw new IllegalArgumentException(
          "combo count " + b.combo.count + " < quantity " + b.quantity);
    }
    this.combo = b.combo;
  }

  /**
   * Starts an event.
   *
   * @return a new builder; every field but {@link Builder#combo(Combo) combo} must be set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the event id (unique within the stream; the feed's {@code Last-Event-ID})} */
  public String id() {
    return id;
  }

  /**
   * The gift as it was when sent: name, coin cost, tier, animation assets and sound, so the event
   * can be shown without the catalog (a gift that left the catalog since still renders).
   *
   * @return the gift snapshot
   */
  public Gift gift() {
    return gift;
  }

  /** {@return the id of the gift sent, the same as {@code gift().id()}} */
  public String giftId() {
    return gift.id();
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

  /** {@return how many of the gift this event sent at once (a combo batch sends several)} */
  public int quantity() {
    return quantity;
  }

  /** {@return coins spent in this event} */
  public long coins() {
    return coins;
  }

  /** {@return when the gift was sent} */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * The combo this event belongs to, when the sender tapped the gift rapidly ({@link GiftCombo}):
   * its id (the same for every event of the streak) and how many of the gift the streak has sent so
   * far, this event included.
   *
   * @return the combo, or null for a gift sent on its own
   */
  public @Nullable Combo combo() {
    return combo;
  }

  /**
   * The count a screen shows next to the gift: the combo's running count for an event of a combo,
   * else this event's quantity.
   *
   * @return at least 1
   */
  public long displayCount() {
    return combo != null ? combo.count : quantity;
  }

  /**
   * A short label for the gift on screen: the gift's name, followed by {@code " × "} and the
   * {@linkplain #displayCount() count} for a combo (even its first event, so a streak reads
   * "Rose × 1", "Rose × 2", … "Rose × 15") or when several were sent at once.
   *
   * @return such as {@code "Rose"}, {@code "Rose × 3"} or {@code "Rose × 15"}
   */
  public String displayLabel() {
    if (combo == null && quantity == 1) return gift.name();
    return gift.name() + " \u00d7 " + displayCount();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GiftEvent)) return false;
    GiftEvent that = (GiftEvent) o;
    return quantity == that.quantity
        && coins == that.coins
        && id.equals(that.id)
        && gift.equals(that.gift)
        && senderId.equals(that.senderId)
        && recipientId.equals(that.recipientId)
        && streamId.equals(that.streamId)
        && createdAt.equals(that.createdAt)
        && Objects.equals(combo, that.combo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, gift, senderId, recipientId, streamId, quantity, coins, createdAt, combo);
  }

  @Override
  public String toString() {
    return "GiftEvent{id=" + id + ", giftId=" + gift.id() + ", senderId=" + senderId
        + ", recipientId=" + recipientId + ", streamId=" + streamId + ", quantity=" + quantity
        + ", coins=" + coins + ", createdAt=" + createdAt
        + (combo != null ? ", combo=" + combo : "") + '}';
  }

  /**
   * A combo streak as a feed event reports it: the combo's id and its running count. Immutable and
   * thread-safe.
   */
  public static final class Combo {
    private final String id;
    private final long count;

    private Combo(String id, long count) {
      this.id = Strings.requireNonBlank(id, "combo.id");
      if (count < 1) throw new IllegalArgumentException("combo.count < 1: " + count);
      this.count = count;
    }

    /**
     * Creates a combo value.
     *
     * @param id the combo id, the same on every event of the streak (a {@link GiftCombo}'s
     *     {@link GiftCombo#comboId() comboId()})
     * @param count how many of the gift the streak has sent so far, at least 1
     * @return the combo
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank or {@code count} is below 1
     */
    public static Combo of(String id, long count) {
      return new Combo(id, count);
    }

    /** {@return the combo id, the same on every event of the streak} */
    public String id() {
      return id;
    }

    /** {@return how many of the gift the streak has sent so far, this event included} */
    public long count() {
      return count;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) return true;
      if (!(o instanceof Combo)) return false;
      Combo that = (Combo) o;
      return count == that.count && id.equals(that.id);
    }

    @Override
    public int hashCode() {
      return 31 * id.hashCode() + Long.hashCode(count);
    }

    @Override
    public String toString() {
      return "Combo{id=" + id + ", count=" + count + '}';
    }
  }

  /** Builds a {@link GiftEvent}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Gift gift;
    private @Nullable String senderId;
    private @Nullable String recipientId;
    private @Nullable String streamId;
    private int quantity = 1;
    private long coins;
    private @Nullable Instant createdAt;
    private @Nullable Combo combo;

    private Builder() {}

    /**
     * Sets the event id.
     *
     * @param id unique within the stream; not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the gift snapshot.
     *
     * @param gift the gift as it was when sent
     * @return this builder
     */
    public Builder gift(Gift gift) {
      this.gift = gift;
      return this;
    }

    /**
     * Sets the sender.
     *
     * @param senderId who sent the gift; not blank
     * @return this builder
     */
    public Builder senderId(String senderId) {
      this.senderId = senderId;
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
     * @param streamId the live stream; not blank
     * @return this builder
     */
    public Builder streamId(String streamId) {
      this.streamId = streamId;
      return this;
    }

    /**
     * Sets how many were sent at once.
     *
     * @param quantity at least 1 (the default)
     * @return this builder
     */
    public Builder quantity(int quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the coins spent.
     *
     * @param coins coins spent in the event, not negative
     * @return this builder
     */
    public Builder coins(long coins) {
      this.coins = coins;
      return this;
    }

    /**
     * Sets when the gift was sent.
     *
     * @param createdAt the time
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the combo.
     *
     * @param combo the combo streak, or null (the default) for a gift sent on its own
     * @return this builder
     */
    public Builder combo(@Nullable Combo combo) {
      this.combo = combo;
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws NullPointerException if a required field is not set
     * @throws IllegalArgumentException if an id is blank, the quantity is not positive, the coins
     *     are negative or the combo count is below the quantity
     */
    public GiftEvent build() {
      return new GiftEvent(this);
    }
  }
}
