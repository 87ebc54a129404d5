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
 */
public final class CoinPackage {
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  private final String id;
  private final String region;
  private final long coins;
  private final long bonusCoins;
  private final Money price;
  private final List<String> providers;

  /**
   * Creates a package.
   *
   * @param id the package id, such as {@code "coins-700"}
   * @param region the ISO 3166-1 alpha-2 region of the catalog, such as {@code "US"}
   * @param coins coins bought (at least 1)
   * @param bonusCoins extra coins (at least 0)
   * @param price the price in the region's currency
   * @param providers ids of the payment providers that may pay for it; copied
   * @throws NullPointerException if an argument or a provider id is null
   * @throws IllegalArgumentException if the id is blank, the region is not two capital letters,
   *     counts are negative, there are no coins, or the total overflows
   */
  public CoinPackage(
      String id, String region, long coins, long bonusCoins, Money price, List<String> providers) {
    this.id = Objects.requireNonNull(id, "id == null");
    if (Strings.isBlank(id)) throw new IllegalArgumentException("id is blank");
    this.region = Objects.requireNonNull(region, "region == null");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must be ISO 3166-1 alpha-2 (two capital letters): " + region);
    }
    if (coins <= 0) throw new IllegalArgumentException("coins <= 0: " + coins);
    if (bonusCoins < 0) throw new IllegalArgumentException("bonusCoins < 0: " + bonusCoins);
    Math.addExact(coins, bonusCoins);
    this.coins = coins;
    this.bonusCoins = bonusCoins;
    this.price = Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(providers, "providers == null");
    List<String> copy = new ArrayList<>(providers.size());
    for (String provider : providers) copy.add(Objects.requireNonNull(provider, "providers contains null"));
    this.providers = Collections.unmodifiableList(copy);
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
}
