package io.livecoins.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A user the mock server knows: its bearer token, whether it is a creator (with a stream), its region
 * (the account's price region), its opening balances, what it may not do because it is under age (403
 * {@code age_restricted} naming the capability) and its spending limits.
 *
 * <p>Immutable and thread-safe. {@code MockUser.viewer("erin", "token-erin").coins(500).build()}
 */
public final class MockUser {
  /** The capabilities an age restriction can cover (wire names of {@code Capability}). */
  public static final Set<String> CAPABILITIES =
      Set.of("gifting", "receiving_gifts", "recharge", "withdrawal");
  /** The spending-limit kinds a user can have (wire names of {@code LimitKind}, except withdrawals). */
  public static final Set<String> LIMIT_KINDS =
      Set.of("recharge_daily", "recharge_per_purchase", "gifting_daily", "gifting_per_send");
  /** Who may set a limit (wire names of {@code LimitSource}). */
  public static final Set<String> LIMIT_SOURCES = Set.of("backend", "self", "parent");

  /**
   * A spending limit a user starts with.
   *
   * @param kind a {@link #LIMIT_KINDS limit kind}, such as {@code "recharge_daily"}
   * @param setBy {@code "backend"}, {@code "self"} or {@code "parent"}
   * @param value the cap: minor units of the account's currency for recharge kinds, coins for
   *     gifting kinds
   */
  public record SpendingLimit(String kind, String setBy, long value) {
    /**
     * Checks the values.
     *
     * @param kind a {@link #LIMIT_KINDS limit kind}
     * @param setBy {@code "backend"}, {@code "self"} or {@code "parent"}
     * @param value the cap, not negative
     * @throws IllegalArgumentException if the kind or source is unknown or the value negative
     */
    public SpendingLimit {
      if (!LIMIT_KINDS.contains(kind) || !LIMIT_SOURCES.contains(setBy) || value < 0) {
        throw new IllegalArgumentException("bad spending limit " + kind + "/" + setBy + "/" + value);
      }
    }
  }

  private final String id;
  private final String token;
  private final boolean creator;
  private final String streamId;
  private final String region;
  private final long coins;
  private final long diamonds;
  private final Set<String> ageRestrictions;
  private final List<SpendingLimit> spendingLimits;

  private MockUser(Builder b) {
    this.id = b.id;
    this.token = b.token;
    this.creator = b.creator;
    this.streamId = b.streamId;
    this.region = b.region;
    this.coins = b.coins;
    this.diamonds = b.diamonds;
    this.ageRestrictions = Set.copyOf(b.ageRestrictions);
    this.spendingLimits = List.copyOf(b.spendingLimits);
  }

  /**
   * Starts a viewer (not a creator) with id {@code id} authenticated by {@code token}.
   *
   * @param id the user id ({@code userId} on the wire)
   * @param token the bearer token that authenticates this user
   * @return the builder of that user
   */
  public static Builder viewer(String id, String token) {
    return new Builder(id, token, false, null);
  }

  /**
   * Starts a creator with id {@code id}, authenticated by {@code token}, hosting {@code
   * streamId}.
   *
   * @param id the user id ({@code userId} on the wire)
   * @param token the bearer token that authenticates this user
   * @param streamId the creator's stream id, or {@code null} for a viewer
   * @return the builder of that user
   */
  public static Builder creator(String id, String token, String streamId) {
    return new Builder(id, token, true, Objects.requireNonNull(streamId, "streamId == null"));
  }

  /** {@return the user id ({@code userId} on the wire)} */
  public String id() {
    return id;
  }

  /** {@return the bearer token that authenticates this user} */
  public String token() {
    return token;
  }

  /** {@return whether this user is a creator (may receive gifts and withdraw diamonds)} */
  public boolean creator() {
    return creator;
  }

  /** {@return the creator's stream id, or {@code null} for a viewer} */
  public String streamId() {
    return streamId;
  }

  /** {@return the user's region (ISO 3166 alpha-2)} */
  public String region() {
    return region;
  }

  /** {@return the opening coin balance (seeded as an ADJUSTMENT)} */
  public long coins() {
    return coins;
  }

  /** {@return the opening diamond balance (seeded as an ADJUSTMENT)} */
  public long diamonds() {
    return diamonds;
  }

  /** {@return whether this user is under the age of majority for anything} */
  public boolean ageRestricted() {
    return !ageRestrictions.isEmpty();
  }

  /**
   * {@return whether this user is too young for {@code capability}}
   *
   * @param capability {@code "gifting"}, {@code "receiving_gifts"}, {@code "recharge"} or {@code
   *     "withdrawal"}
   */
  public boolean ageRestricted(String capability) {
    return ageRestrictions.contains(capability);
  }

  /** {@return the capabilities this user is too young for (wire names)} */
  public Set<String> ageRestrictions() {
    return ageRestrictions;
  }

  /** {@return the spending limits this user starts with} */
  public List<SpendingLimit> spendingLimits() {
    return spendingLimits;
  }

  /** {@return a builder initialised from this user} */
  public Builder toBuilder() {
    Builder b = new Builder(id, token, creator, streamId);
    b.region = region;
    b.coins = coins;
    b.diamonds = diamonds;
    b.ageRestrictions.addAll(ageRestrictions);
    b.spendingLimits.addAll(spendingLimits);
    return b;
  }

  @Override
  public String toString() {
    return "MockUser{id=" + id + ", creator=" + creator + ", region=" + region + ", coins=" + coins
        + ", diamonds=" + diamonds + ", ageRestrictions=" + ageRestrictions + ", spendingLimits="
        + spendingLimits + "}";
  }

  /** Builds a {@link MockUser}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String token;
    private final boolean creator;
    private final String streamId;
    private String region = "US";
    private long coins;
    private long diamonds;
    private final Set<String> ageRestrictions = new LinkedHashSet<>();
    private final List<SpendingLimit> spendingLimits = new ArrayList<>();

    private Builder(String id, String token, boolean creator, String streamId) {
      this.id = Objects.requireNonNull(id, "id == null");
      this.token = Objects.requireNonNull(token, "token == null");
      if (id.isEmpty() || token.isEmpty()) {
        throw new IllegalArgumentException("id and token must not be empty");
      }
      this.creator = creator;
      this.streamId = streamId;
    }

    /**
     * The user's region, default {@code US}.
     *
     * @param region the user's region (ISO 3166 alpha-2)
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region == null");
      return this;
    }

    /**
     * The opening coin balance, default 0.
     *
     * @param coins the opening coin balance (seeded as an ADJUSTMENT)
     * @return this builder
     */
    public Builder coins(long coins) {
      if (coins < 0) {
        throw new IllegalArgumentException("coins < 0: " + coins);
      }
      this.coins = coins;
      return this;
    }

    /**
     * The opening diamond balance, default 0.
     *
     * @param diamonds the opening diamond balance (seeded as an ADJUSTMENT)
     * @return this builder
     */
    public Builder diamonds(long diamonds) {
      if (diamonds < 0) {
        throw new IllegalArgumentException("diamonds < 0: " + diamonds);
      }
      this.diamonds = diamonds;
      return this;
    }

    /**
     * Marks the user as under age (default false): like the big platforms (TikTok: 18+ to buy coins,
     * send or receive gifts and withdraw), an under-age user may do none of {@link #CAPABILITIES}.
     *
     * @param ageRestricted whether this user is under the age of majority
     * @return this builder
     */
    public Builder ageRestricted(boolean ageRestricted) {
      ageRestrictions.clear();
      if (ageRestricted) {
        ageRestrictions.addAll(CAPABILITIES);
      }
      return this;
    }

    /**
     * Restricts only the given capabilities for age (for backends whose rules differ by capability or
     * region); replaces earlier restrictions.
     *
     * @param capabilities wire names out of {@link #CAPABILITIES}
     * @return this builder
     */
    public Builder ageRestrictedFor(String... capabilities) {
      ageRestrictions.clear();
      for (String c : capabilities) {
        if (!CAPABILITIES.contains(c)) {
          throw new IllegalArgumentException("unknown capability " + c + "; one of " + CAPABILITIES);
        }
        ageRestrictions.add(c);
      }
      return this;
    }

    /**
     * Adds a spending limit (one per kind and source; a later one replaces it). The effective limit of a
     * kind is the lowest of its sources; the user can change only its {@code self} limit.
     *
     * @param kind {@code "recharge_daily"}, {@code "recharge_per_purchase"}, {@code "gifting_daily"} or
     *     {@code "gifting_per_send"}
     * @param setBy {@code "backend"}, {@code "self"} or {@code "parent"}
     * @param value minor units of the account's currency for recharge kinds, coins for gifting kinds
     * @return this builder
     */
    public Builder spendingLimit(String kind, String setBy, long value) {
      SpendingLimit limit = new SpendingLimit(kind, setBy, value);
      spendingLimits.removeIf(l -> l.kind().equals(kind) && l.setBy().equals(setBy));
      spendingLimits.add(limit);
      return this;
    }

    /**
     * Builds the immutable user.
     *
     * @return the user
     */
    public MockUser build() {
      return new MockUser(this);
    }
  }
}
