package io.livecoins.testing.internal;

import java.util.Map;

/** JSON shapes of the contract's schemas. Callers hold the state lock. */
final class Views {
  private Views() {}

  static Map<String, Object> wallet(MockState state, String userId) {
    Ledger l = state.ledger();
    Map<String, Object> m = Maps.of("userId", userId,
        "coins", l.balance(Ledger.user(userId), Ledger.COINS),
        "diamonds", l.balance(Ledger.user(userId), Ledger.DIAMONDS),
        "version", l.version(userId));
    long debt = l.balance(Ledger.user(userId), Ledger.COIN_DEBT);
    if (debt > 0) {
      m.put("coinDebt", debt);
    }
    return m;
  }

  /** A gift of the catalog (also the feed event's snapshot), its files served at {@code baseUrl}. */
  static Map<String, Object> gift(io.livecoins.testing.MockCatalog.Gift g, String baseUrl) {
    java.util.List<Object> assets = new java.util.ArrayList<>();
    for (String file : g.assetFiles()) {
      assets.add(GiftAssets.get(file).view(baseUrl));
    }
    Map<String, Object> m = Maps.of("id", g.id(), "name", g.name(), "coinCost", g.coinCost(), "tier", g.tier(),
        "assets", assets);
    if (g.soundFile() != null) {
      m.put("sound", GiftAssets.get(g.soundFile()).view(baseUrl));
    }
    return m;
  }

  static Map<String, Object> order(MockState.Order o) {
    Map<String, Object> m = Maps.of("id", o.id, "packageId", o.packageId, "coins", o.coins,
        "bonusCoins", o.bonusCoins, "price", Maps.money(o.priceMinor, o.currency), "provider", o.provider,
        "region", o.region, "status", o.status);
    // The receipt's references: the provider's, once a payment was handed over, and support's.
    m.put("providerReference", SupportReferences.provider(o));
    m.put("supportReference", SupportReferences.order(o.id));
    if (o.failureReason != null) {
      m.put("failureReason", o.failureReason);
    }
    if (o.creditedLate) {
      m.put("creditedLate", true);
    }
    if (o.refundReference != null) {
      m.put("refundReference", o.refundReference);
    }
    m.put("createdAt", o.createdAt.toString());
    m.put("updatedAt", o.updatedAt.toString());
    return m;
  }

  static Map<String, Object> orderAndWallet(MockState state, MockState.Order o) {
    return Maps.of("order", order(o), "wallet", wallet(state, o.userId));
  }

  static Map<String, Object> error(String code, String message, String requestId, Map<String, Object> details) {
    return Maps.of("error", Maps.of("code", code, "message", message, "requestId", requestId,
        "supportReference", SupportReferences.request(requestId), "details", details));
  }
}
