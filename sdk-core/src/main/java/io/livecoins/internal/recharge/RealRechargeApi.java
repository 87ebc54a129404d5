package io.livecoins.internal.recharge;

import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.wallet.WalletCache;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.RechargeApi;
import java.util.Map;

/** The recharge API over the pipeline. */
public final class RealRechargeApi implements RechargeApi {
  public RealRechargeApi(
      ApiClient api,
      WalletCache wallets,
      Map<String, PaymentProvider> providers,
      PendingOrderStore store,
      String defaultRegion) {}
}
