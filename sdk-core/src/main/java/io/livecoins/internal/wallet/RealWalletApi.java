package io.livecoins.internal.wallet;

import io.livecoins.internal.http.ApiClient;
import io.livecoins.wallet.WalletApi;

/** The wallet API over the pipeline. */
public final class RealWalletApi implements WalletApi {
  public RealWalletApi(ApiClient api, WalletCache wallets) {}
}
