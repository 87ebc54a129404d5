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
    return new CoinPackage(
        Wire.require(id, path + ".id"),
        region,
        Wire.require(coins, path + ".coins"),
        Wire.require(bonusCoins, path + ".bonusCoins"),
        Wire.require(price, path + ".price"),
        Wire.requireList(providers, path + ".providers"));
  }
}
