package io.livecoins.testing.internal;

/** The caller's wallet and its transactions (a token only ever sees its own wallet). */
final class WalletHandler {
  private final MockState state;

  WalletHandler(MockState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/v1/wallet", this::wallet);
    router.add("GET", "/v1/wallet/transactions", this::transactions);
  }

  private ApiResponse wallet(Call call) {
    return state.locked(() -> ApiResponse.ok(Views.wallet(state, call.user().id())));
  }

  private ApiResponse transactions(Call call) {
    return state.locked(() -> ApiResponse.ok(Pages.page(call,
        state.ledger().transactions(call.user().id()), Ledger.UserTransaction::sequence,
        t -> Maps.of("id", t.id(), "type", t.type(), "coins", t.coins(), "diamonds", t.diamonds(),
            "createdAt", t.createdAt().toString(), "reference", t.reference()))));
  }
}
