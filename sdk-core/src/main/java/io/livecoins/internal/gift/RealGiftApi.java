package io.livecoins.internal.gift;

import io.livecoins.gift.GiftApi;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.recharge.RealRechargeApi;
import io.livecoins.internal.wallet.WalletCache;
import java.time.Duration;

/** The gift API over the pipeline. */
public final class RealGiftApi implements GiftApi {
  public RealGiftApi(
      ApiClient api,
      WalletCache wallets,
      RealRechargeApi recharge,
      String defaultRegion,
      Duration catalogTtl,
      Duration comboWindow) {}
}
