package io.livecoins.testing;

import java.util.Objects;

/**
 * A user the mock server knows: its bearer token, whether it is a creator (with a stream), its region,
 * its opening balances and whether it is under age (gifting and receiving gifts are then refused with
 * 403 {@code age_restricted}).
 *
 * <p>Immutable and thread-safe. {@code MockUser.viewer("erin", "token-erin").coins(500).build()}
 */
public final class MockUser {
  private final String id;
  private final String token;
  private final boolean creator;
  private final String streamId;
  private final String region;
  private final long coins;
  private final long diamonds;
  private final boolean ageRestricted;

  private MockUser(Builder b) {
    this.id = b.id;
    this.token = b.token;
    this.creator = b.creator;
    this.streamId = b.streamId;
    this.region = b.region;
    this.coins = b.coins;
    this.diamonds = b.diamonds;
    this.ageRestricted = b.ageRestricted;
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

  /** {@return whether this user is under the age of majority} */
  public boolean ageRestricted() {
    return ageRestricted;
  }

  /** {@return a builder initialised from this user} */
  public Builder toBuilder() {
    Builder b = new Builder(id, token, creator, streamId);
    b.region = region;
    b.coins = coins;
    b.diamonds = diamonds;
    b.ageRestricted = ageRestricted;
    return b;
  }

  @Override
  public String toString() {
    return "MockUser{id=" + id + ", creator=" + creator + ", region=" + region + ", coins=" + coins
        + ", diamonds=" + diamonds + ", ageRestricted=" + ageRestricted + "}";
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
    private boolean ageRestricted;

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
     * Marks the user as under age (default false).
     *
     * @param ageRestricted whether this user is under the age of majority
     * @return this builder
     */
    public Builder ageRestricted(boolean ageRestricted) {
      this.ageRestricted = ageRestricted;
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
