package io.livecoins.internal.wire;

import io.livecoins.Money;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /v1/recharge-orders}: {@code {packageId, provider, region, expectedPrice}}. */
public final class CreateOrderDto {
  public @Nullable String packageId;
  public @Nullable String provider;
  public @Nullable String region;
  public @Nullable Money expectedPrice;
}
