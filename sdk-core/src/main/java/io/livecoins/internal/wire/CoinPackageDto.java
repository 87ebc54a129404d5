package io.livecoins.internal.wire;

import io.livecoins.Money;
import io.livecoins.recharge.CoinPackage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire form of {@code CoinPackage}: {@code {id, coins, bonusCoins, price, providers}}. */
public final class CoinPackageDto {
  public @Nullable String id;
  public @Nullable Long coins;
  public @Nullable Long bonusCoins;
  public @Nullable Money price;
  public @Nullable List<@Nullable String> providers;

  /**
   * Maps to the validated package of catalog {@code region}.
   *
   * @throws com.squareup.moshi.JsonDataException if a field is missing or null
   * @throws IllegalArgumentException if a field is invalid
   */
  public CoinPackage toCoinPackage(String region, String path) {
    return CoinPackage.builder()
        .id(Wire.require(id, path + ".id"))
        .region(region)
        .coins(Wire.require(coins, path + ".coins"))
        .bonusCoins(Wire.require(bonusCoins, path + ".bonusCoins"))
        .price(Wire.require(price, path + ".price"))
        .providers(Wire.requireList(providers, path + ".providers"))
        .build();
  }
}
