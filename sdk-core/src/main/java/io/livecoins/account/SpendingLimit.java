package io.livecoins.account;

import io.livecoins.Money;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One effective spending limit: its {@linkplain #kind() kind}, {@linkplain #setBy() who set it}, the cap
 * and (for daily kinds) what is left today and when it resets. Money kinds ({@link LimitKind#isMoney()})
 * carry {@link #limit()} and {@link #remaining()} as exact {@link Money} in the account's currency; coin
 * kinds carry {@link #limitCoins()} and {@link #remainingCoins()}.
 *
 * <p>A self-set raise or removal waits for a cooling-off period: {@link #pendingEffectiveAt()} says
 * when, and {@link #pendingLimit()} / {@link #pendingLimitCoins()} the coming value (both null: the
 * self-set limit is removed then).
 *
 * <p>Immutable value type; build one with {@link #builder(LimitKind, LimitSource)}.
 */
public final class SpendingLimit {
  private final LimitKind kind;
  private final LimitSource setBy;
  private final @Nullable Money limit;
  private final @Nullable Money remaining;
  private final @Nullable Long limitCoins;
  private final @Nullable Long remainingCoins;
  private final @Nullable Instant resetsAt;
  private final @Nullable Money pendingLimit;
  private final @Nullable Long pendingLimitCoins;
  private final @Nullable Instant pendingEffectiveAt;

  private SpendingLimit(Builder b) {
    this.kind = b.kind;
    this.setBy = b.setBy;
    this.limit = b.limit;
    this.remaining = b.remaining;
    this.limitCoins = b.limitCoins;
    this.remainingCoins = b.remainingCoins;
    this.resetsAt = b.resetsAt;
    this.pendingLimit = b.pendingLimit;
    this.pendingLimitCoins = b.pendingLimitCoins;
    this.pendingEffectiveAt = b.pendingEffectiveAt;
  }

  /**
   * Starts a limit.
   *
   * @param kind which limit
   * @param setBy who set it
   * @return a new builder with no amounts
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(LimitKind kind, LimitSource setBy) {
    return new Builder(kind, setBy);
  }

  /** {@return which limit this is} */
  public LimitKind kind() {
    return kind;
  }

  /** {@return who set the limit (and so who may change it)} */
  public LimitSource setBy() {
    return setBy;
  }

  /**
   * The cap of a money kind.
   *
   * @return the cap in the account's currency, such as USD 50.00 a day; null for coin kinds or when
   *     the server did not say
   */
  public @Nullable Money limit() {
    return limit;
  }

  /**
   * What is left today under a daily money cap.
   *
   * @return the amount left (possibly zero); null for per-purchase and coin kinds or when unknown
   */
  public @Nullable Money remaining() {
    return remaining;
  }

  /**
   * The cap of a coin kind.
   *
   * @return the cap in coins; null for money kinds or when the server did not say
   */
  public @Nullable Long limitCoins() {
    return limitCoins;
  }

  /**
   * The coins left today under a daily coin cap.
   *
   * @return the coins left (possibly zero); null for per-send and money kinds or when unknown
   */
  public @Nullable Long remainingCoins() {
    return remainingCoins;
  }

  /**
   * When a daily limit resets.
   *
   * @return the next reset (00:00 UTC); null for per-purchase and per-send kinds or when unknown
   */
  public @Nullable Instant resetsAt() {
    return resetsAt;
  }

  /**
   * The money cap a pending self-set raise will set.
   *
   * @return the coming cap; null when no raise of a money kind is pending
   */
  public @Nullable Money pendingLimit() {
    return pendingLimit;
  }

  /**
   * The coin cap a pending self-set raise will set.
   *
   * @return the coming cap; null when no raise of a coin kind is pending
   */
  public @Nullable Long pendingLimitCoins() {
    return pendingLimitCoins;
  }

  /**
   * When a pending self-set raise or removal takes effect (the end of its cooling-off period).
   *
   * @return the instant; null when nothing is pending
   */
  public @Nullable Instant pendingEffectiveAt() {
    return pendingEffectiveAt;
  }

  /** {@return a builder holding this limit's values} */
  public Builder toBuilder() {
    Builder b = new Builder(kind, setBy);
    b.limit = limit;
    b.remaining = remaining;
    b.limitCoins = limitCoins;
    b.remainingCoins = remainingCoins;
    b.resetsAt = resetsAt;
    b.pendingLimit = pendingLimit;
    b.pendingLimitCoins = pendingLimitCoins;
    b.pendingEffectiveAt = pendingEffectiveAt;
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof SpendingLimit)) return false;
    SpendingLimit that = (SpendingLimit) o;
    return kind == that.kind
        && setBy == that.setBy
        && Objects.equals(limit, that.limit)
        && Objects.equals(remaining, that.remaining)
        && Objects.equals(limitCoins, that.limitCoins)
        && Objects.equals(remainingCoins, that.remainingCoins)
        && Objects.equals(resetsAt, that.resetsAt)
        && Objects.equals(pendingLimit, that.pendingLimit)
        && Objects.equals(pendingLimitCoins, that.pendingLimitCoins)
        && Objects.equals(pendingEffectiveAt, that.pendingEffectiveAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, setBy, limit, remaining, limitCoins, remainingCoins, resetsAt, pendingLimit,
        pendingLimitCoins, pendingEffectiveAt);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SpendingLimit{").append(kind).append(", setBy=").append(setBy);
    if (limit != null) s.append(", limit=").append(limit);
    if (limitCoins != null) s.append(", limitCoins=").append(limitCoins);
    if (remaining != null) s.append(", remaining=").append(remaining);
    if (remainingCoins != null) s.append(", remainingCoins=").append(remainingCoins);
    if (resetsAt != null) s.append(", resetsAt=").append(resetsAt);
    if (pendingEffectiveAt != null) {
      s.append(", pending=").append(pendingLimit != null ? pendingLimit
          : pendingLimitCoins != null ? pendingLimitCoins : "none").append(" at ").append(pendingEffectiveAt);
    }
    return s.append('}').toString();
  }

  /** Builds a {@link SpendingLimit}. Not thread-safe. */
  public static final class Builder {
    private final LimitKind kind;
    private final LimitSource setBy;
    private @Nullable Money limit;
    private @Nullable Money remaining;
    private @Nullable Long limitCoins;
    private @Nullable Long remainingCoins;
    private @Nullable Instant resetsAt;
    private @Nullable Money pendingLimit;
    private @Nullable Long pendingLimitCoins;
    private @Nullable Instant pendingEffectiveAt;

    private Builder(LimitKind kind, LimitSource setBy) {
      this.kind = Objects.requireNonNull(kind, "kind == null");
      this.setBy = Objects.requireNonNull(setBy, "setBy == null");
    }

    /**
     * Sets the money cap.
     *
     * @param limit the cap, or null
     * @return this builder
     */
    public Builder limit(@Nullable Money limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets the money left today.
     *
     * @param remaining the amount left, or null
     * @return this builder
     */
    public Builder remaining(@Nullable Money remaining) {
      this.remaining = remaining;
      return this;
    }

    /**
     * Sets the coin cap.
     *
     * @param limitCoins the cap in coins, or null
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder limitCoins(@Nullable Long limitCoins) {
      this.limitCoins = nonNegative(limitCoins, "limitCoins");
      return this;
    }

    /**
     * Sets the coins left today.
     *
     * @param remainingCoins the coins left, or null
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder remainingCoins(@Nullable Long remainingCoins) {
      this.remainingCoins = nonNegative(remainingCoins, "remainingCoins");
      return this;
    }

    /**
     * Sets when a daily limit resets.
     *
     * @param resetsAt the reset instant, or null
     * @return this builder
     */
    public Builder resetsAt(@Nullable Instant resetsAt) {
      this.resetsAt = resetsAt;
      return this;
    }

    /**
     * Sets a pending self-set change: its coming value (both null: the limit is removed) and when it
     * applies.
     *
     * @param pendingLimit the coming money cap, or null
     * @param pendingLimitCoins the coming coin cap, or null
     * @param effectiveAt when the change applies, or null when nothing is pending
     * @return this builder
     * @throws IllegalArgumentException if a coming value is given without {@code effectiveAt}, or the
     *     coin cap is negative
     */
    public Builder pending(
        @Nullable Money pendingLimit, @Nullable Long pendingLimitCoins, @Nullable Instant effectiveAt) {
      if (effectiveAt == null && (pendingLimit != null || pendingLimitCoins != null)) {
        throw new IllegalArgumentException("a pending limit needs the time it takes effect");
      }
      this.pendingLimit = pendingLimit;
      this.pendingLimitCoins = nonNegative(pendingLimitCoins, "pendingLimitCoins");
      this.pendingEffectiveAt = effectiveAt;
      return this;
    }

    /** {@return the immutable limit} */
    public SpendingLimit build() {
      return new SpendingLimit(this);
    }

    private static @Nullable Long nonNegative(@Nullable Long value, String name) {
      if (value != null && value < 0) throw new IllegalArgumentException(name + " < 0: " + value);
      return value;
    }
  }
}
