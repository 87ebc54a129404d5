package io.livecoins.recharge;

import io.livecoins.internal.Strings;
import io.livecoins.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A coin package of the catalog for one region: {@code coins} plus {@code bonusCoins} for {@code
 * price}, payable through the listed {@linkplain #providers() providers}. The package remembers the
 * {@linkplain #region() region} whose catalog it came from, so that a purchase is priced in the same
 * catalog the user saw. Immutable and thread-safe.
 *
 * <p>The SDK builds packages from the server's catalog; a test or a fake builds one with {@link
 * #builder()} and derives a changed copy with {@link #toBuilder()}.
 */
public final class CoinPackage {
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  private final String id;
  private final String region;
  private final long coins;
  private final long bonusCoins;
  private final Money price;
  private final List<String> providers;

  private CoinPackage(Builder b) {
    String id = Objects.requireNonNull(b.id, "id == null");
    if (Strings.isBlank(id)) throw new IllegalArgumentException("id is blank");
    this.id = id;
    String region = Objects.requireNonNull(b.region, "region == null");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must be ISO 3166-1 alpha-2 (two capital letters): " + region);
    }
    this.region = region;
    long coins = b.coins;
    long bonusCoins = b.bonusCoins;
    if (coins <= 0) throw new IllegalArgumentException("coins <= 0: " + coins);
    if (bonusCoins < 0) throw new IllegalArgumentException("bonusCoins < 0: " + bonusCoins);
    Math.addExact(coins, bonusCoins);
    this.coins = coins;
    this.bonusCoins = bonusCoins;
    this.price = Objects.requireNonNull(b.price, "price == null");
    List<String> providers = Objects.requireNonNull(b.providers, "providers == null");
    List<String> copy = new ArrayList<>(providers.size());
    for (String provider : providers) copy.add(Objects.requireNonNull(provider, "providers contains null"));
    this.providers = Collections.unmodifiableList(copy);
  }

  /**
   * Starts a package, such as a fixture for a test or a fake catalog.
   *
   * <pre>{@code
   * CoinPackage pack = CoinPackage.builder()
   *     .id("coins-700").region("US").coins(700).bonusCoins(35)
   *     .price(Money.of(999, "USD")).providers(List.of("sandbox"))
   *     .build();
   * }</pre>
   *
   * @return a new builder with no values set and no bonus coins
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this package's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.region = region;
    b.coins = coins;
    b.bonusCoins = bonusCoins;
    b.price = price;
    b.providers = providers;
    return b;
  }

  /** {@return the package id, such as {@code "coins-700"}} */
  public String id() {
    return id;
  }

  /**
   * {@return the region (ISO 3166-1 alpha-2) of the catalog this package belongs to, such as {@code
   * "US"}}
   */
  public String region() {
    return region;
  }

  /**
   * {@return true if the payment provider with id {@code providerId} may pay for this package}
   *
   * @param providerId a payment provider id, such as {@code "sandbox"}
   */
  public boolean acceptsProvider(String providerId) {
    return providers.contains(providerId);
  }

  /** {@return coins bought} */
  public long coins() {
    return coins;
  }

  /** {@return extra coins credited on top of {@link #coins()}} */
  public long bonusCoins() {
    return bonusCoins;
  }

  /** {@return coins credited in all: {@code coins + bonusCoins}} */
  public long totalCoins() {
    return coins + bonusCoins;
  }

  /** {@return the price in the region's currency} */
  public Money price() {
    return price;
  }

  /**
   * {@return ids of the payment providers that may pay for this package, such as {@code "sandbox"}}
   */
  public List<String> providers() {
    return providers;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof CoinPackage)) return false;
    CoinPackage that = (CoinPackage) o;
    return coins == that.coins
        && bonusCoins == that.bonusCoins
        && id.equals(that.id)
        && region.equals(that.region)
        && price.equals(that.price)
        && providers.equals(that.providers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, region, coins, bonusCoins, price, providers);
  }

  @Override
  public String toString() {
    return "CoinPackage{id=" + id + ", region=" + region + ", coins=" + coins + ", bonusCoins=" + bonusCoins
        + ", price=" + price + ", providers=" + providers + '}';
  }

  /** Builds a {@link CoinPackage}; start one with {@link CoinPackage#builder()}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String region;
    private long coins;
    private long bonusCoins;
    private @Nullable Money price;
    private @Nullable List<String> providers;

    private Builder() {}

    /**
     * Sets the package id. Required.
     *
     * @param id the package id, such as {@code "coins-700"}; not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the catalog region. Required.
     *
     * @param region the ISO 3166-1 alpha-2 region of the catalog, such as {@code "US"}: two capital
     *     letters
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * Sets the coins bought. Required.
     *
     * @param coins coins bought, bonus not included; at least 1
     * @return this builder
     */
    public Builder coins(long coins) {
      this.coins = coins;
      return this;
    }

    /**
     * Sets the extra coins.
     *
     * @param bonusCoins extra coins credited on top of {@link #coins(long)}; at least 0 (the
     *     default)
     * @return this builder
     */
    public Builder bonusCoins(long bonusCoins) {
      this.bonusCoins = bonusCoins;
      return this;
    }

    /**
     * Sets the price. Required.
     *
     * @param price the price in the region's currency (exact minor units)
     * @return this builder
     */
    public Builder price(Money price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the payment providers that may pay for the package. Required. The list is copied by
     * {@link #build()}.
     *
     * @param providers ids of the payment providers, such as {@code "sandbox"}; no item null; may be
     *     empty
     * @return this builder
     */
    public Builder providers(List<String> providers) {
      this.providers = providers;
      return this;
    }

    /**
     * Builds the package.
     *
     * @return the package
     * @throws NullPointerException if the id, region, price or providers was not set (or set to
     *     null), or a provider id is null
     * @throws IllegalArgumentException if the id is blank, the region is not two capital letters,
     *     counts are negative, or there are no coins
     * @throws ArithmeticException if {@code coins + bonusCoins} overflows a {@code long}
     */
    public CoinPackage build() {
      return new CoinPackage(this);
    }
  }
}
