package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.recharge.CoinPackage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire form of {@code GET /v1/coin-packages}: {@code {region, currency, packages: [CoinPackage]}}. */
public final class CatalogDto {
  public @Nullable String region;
  public @Nullable String currency;
  public @Nullable List<@Nullable CoinPackageDto> packages;

  /**
   * Maps to validated packages, checking that the catalog is the one asked for and that every
   * price is in the catalog's currency.
   *
   * @throws JsonDataException if a field is missing, or the region or a currency disagrees
   * @throws IllegalArgumentException if a package is invalid
   */
  public List<CoinPackage> toPackages(String expectedRegion) {
    String actualRegion = Wire.require(region, "region");
    if (!actualRegion.equals(expectedRegion)) {
      throw new JsonDataException("catalog of region " + actualRegion + ", asked for " + expectedRegion);
    }
    String catalogCurrency = Wire.require(currency, "currency");
    List<CoinPackageDto> items = Wire.requireList(packages, "packages");
    List<CoinPackage> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      CoinPackage p = items.get(i).toCoinPackage(actualRegion, "packages[" + i + "]");
      if (!p.price().currency().equals(catalogCurrency)) {
        throw new JsonDataException("packages[" + i + "].price is in " + p.price().currency()
            + ", the catalog in " + catalogCurrency);
      }
      result.add(p);
    }
    return Collections.unmodifiableList(result);
  }
}
