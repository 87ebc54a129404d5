package io.livecoins.internal.recharge;

import io.livecoins.Call;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.Urls;
import io.livecoins.internal.wire.CatalogDto;
import io.livecoins.recharge.CoinPackage;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The coin catalog ({@code GET /v1/coin-packages}). Thread-safe. */
final class RechargeCatalog {
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

  private final ApiClient api;

  RechargeCatalog(ApiClient api) {
    this.api = api;
  }

  Call<List<CoinPackage>> packages(String region) {
    checkRegion(region);
    return api.newCall(
        ApiRequest.get(
            "/v1/coin-packages?region=" + Urls.queryValue(region),
            (body, json) -> json.decode(body, CatalogDto.class).toPackages(region)));
  }

  /** The catalog of the account's region: no region on the wire, the answer names it. */
  Call<List<CoinPackage>> accountPackages() {
    return api.newCall(
        ApiRequest.get(
            "/v1/coin-packages",
            (body, json) -> {
              CatalogDto dto = json.decode(body, CatalogDto.class);
              return dto.toPackages(io.livecoins.internal.wire.Wire.require(dto.region, "region"));
            }));
  }

  static void checkRegion(String region) {
    Objects.requireNonNull(region, "region == null");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must be ISO 3166-1 alpha-2 (two capital letters): " + region);
    }
  }
}
