package io.livecoins.account;

import io.livecoins.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user's account as the backend sees it: the {@linkplain #region() price region} and
 * {@linkplain #currency() currency} (catalogs and orders of this user are priced in them), what the
 * user {@linkplain #may(Capability) may do}, and the {@linkplain #limits() spending limits} that apply.
 *
 * <p>Read it when a screen opens and hide what the user may not do, rather than failing a tap:
 *
 * <pre>{@code
 * Account account = client.account().get().execute();
 * giftButton.setVisible(account.may(Capability.GIFTING));
 * buyCoinsButton.setVisible(account.may(Capability.RECHARGE));
 * }</pre>
 *
 * <p>Immutable value type; build one with {@link #builder(String, String, String)}.
 */
public final class Account {
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  private final String userId;
  private final String region;
  private final String currency;
  private final Map<Capability, Eligibility> eligibility;
  private final List<SpendingLimit> limits;

  private Account(Builder b) {
    this.userId = b.userId;
    this.region = b.region;
    this.currency = b.currency;
    this.eligibility = Collections.unmodifiableMap(new EnumMap<>(b.eligibility));
    this.limits = Collections.unmodifiableList(new ArrayList<>(b.limits));
  }

  /**
   * Starts an account.
   *
   * @param userId the user's id
   * @param region the account's region (ISO 3166-1 alpha-2, such as {@code "US"})
   * @param currency the account's currency (ISO 4217, such as {@code "USD"})
   * @return a new builder without capabilities or limits
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code userId} is blank, {@code region} is malformed, or
   *     {@code currency} is not an ISO 4217 code with minor units (as {@link Money#of} requires)
   */
  public static Builder builder(String userId, String region, String currency) {
    return new Builder(userId, region, currency);
  }

  /** {@return the user's id} */
  public String userId() {
    return userId;
  }

  /** {@return the account's price region (ISO 3166-1 alpha-2), such as {@code "US"}} */
  public String region() {
    return region;
  }

  /** {@return the account's currency (ISO 4217), such as {@code "USD"}; recharge limits are in it} */
  public String currency() {
    return currency;
  }

  /**
   * Whether the user may use {@code capability}: false when the backend refused it or did not list it.
   *
   * @param capability the capability, such as {@link Capability#GIFTING}
   * @return true only when the backend said it is allowed
   */
  public boolean may(Capability capability) {
    Eligibility e = eligibility.get(capability);
    return e != null && e.isAllowed();
  }

  /**
   * What the backend said about {@code capability}.
   *
   * @param capability the capability
   * @return whether it is allowed and why not; null when the backend did not list it
   */
  public @Nullable Eligibility eligibility(Capability capability) {
    return eligibility.get(capability);
  }

  /** {@return every capability the backend listed (known to this SDK), unmodifiable} */
  public Map<Capability, Eligibility> eligibility() {
    return eligibility;
  }

  /** {@return the effective spending limits (one per kind), unmodifiable; empty when there are none} */
  public List<SpendingLimit> limits() {
    return limits;
  }

  /**
   * The effective limit of one kind.
   *
   * @param kind the kind, such as {@link LimitKind#RECHARGE_DAILY}
   * @return the limit, or null when none applies
   */
  public @Nullable SpendingLimit limit(LimitKind kind) {
    for (SpendingLimit l : limits) {
      if (l.kind() == kind) return l;
    }
    return null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Account)) return false;
    Account that = (Account) o;
    return userId.equals(that.userId)
        && region.equals(that.region)
        && currency.equals(that.currency)
        && eligibility.equals(that.eligibility)
        && limits.equals(that.limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, region, currency, eligibility, limits);
  }

  @Override
  public String toString() {
    return "Account{userId=" + userId + ", region=" + region + ", currency=" + currency + ", eligibility="
        + eligibility.values() + ", limits=" + limits + '}';
  }

  /** Builds an {@link Account}. Not thread-safe. */
  public static final class Builder {
    private final String userId;
    private final String region;
    private final String currency;
    private final Map<Capability, Eligibility> eligibility = new EnumMap<>(Capability.class);
    private final List<SpendingLimit> limits = new ArrayList<>();

    private Builder(String userId, String region, String currency) {
      Objects.requireNonNull(userId, "userId == null");
      if (userId.trim().isEmpty()) throw new IllegalArgumentException("userId is blank");
      if (!REGION.matcher(Objects.requireNonNull(region, "region == null")).matches()) {
        throw new IllegalArgumentException("region must be two capital letters: " + region);
      }
      Money.of(0, Objects.requireNonNull(currency, "currency == null")); // ISO 4217, minor units
      this.userId = userId;
      this.region = region;
      this.currency = currency;
    }

    /**
     * Adds (or replaces) what the backend said about one capability.
     *
     * @param eligibility the capability's eligibility; its capability must not be {@link
     *     Capability#UNKNOWN}
     * @return this builder
     * @throws IllegalArgumentException if the capability is {@link Capability#UNKNOWN}
     */
    public Builder eligibility(Eligibility eligibility) {
      Objects.requireNonNull(eligibility, "eligibility == null");
      if (eligibility.capability() == Capability.UNKNOWN) {
        throw new IllegalArgumentException("an unknown capability cannot be listed");
      }
      this.eligibility.put(eligibility.capability(), eligibility);
      return this;
    }

    /**
     * Adds (or replaces) the effective limit of one kind.
     *
     * @param limit the limit; its kind must not be {@link LimitKind#UNKNOWN}
     * @return this builder
     * @throws IllegalArgumentException if the kind is {@link LimitKind#UNKNOWN}
     */
    public Builder limit(SpendingLimit limit) {
      Objects.requireNonNull(limit, "limit == null");
      if (limit.kind() == LimitKind.UNKNOWN) {
        throw new IllegalArgumentException("an unknown limit kind cannot be listed");
      }
      limits.removeIf(l -> l.kind() == limit.kind());
      limits.add(limit);
      return this;
    }

    /** {@return the immutable account} */
    public Account build() {
      return new Account(this);
    }
  }
}
