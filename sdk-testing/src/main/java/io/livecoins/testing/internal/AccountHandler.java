package io.livecoins.testing.internal;

import io.livecoins.testing.MockCatalog;
import io.livecoins.testing.MockUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The account read ({@code GET /v1/account}: eligibility per capability and the effective spending
 * limits), setting a self-set limit ({@code POST /v1/account/limits}), and the checks the other handlers
 * run before money moves: the account's price region, age restrictions per capability and the limits.
 */
final class AccountHandler {
  private final MockState state;

  AccountHandler(MockState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/v1/account", this::account);
    router.add("POST", "/v1/account/limits", this::setLimit);
  }

  // ------------------------------------------------------------------ checks used by other handlers

  /**
   * The price region of a request: the account's. A requested region that is not served is
   * {@code region_unavailable}; another served region than the account's is {@code region_mismatch}; an
   * account whose region is not served is {@code region_unavailable}.
   */
  static String region(MockUser user, String requested, MockCatalog catalog) {
    if (requested != null) {
      if (!requested.matches("[A-Z]{2}")) {
        throw ApiException.invalid("region", "malformed", "region must be two upper-case letters");
      }
      if (!catalog.currencies().containsKey(requested)) {
        throw regionUnavailable(requested);
      }
      if (!requested.equals(user.region())) {
        throw new ApiException(403, "forbidden", "This account shops in " + user.region() + ", not "
            + requested + ".", Maps.of("reason", "region_mismatch", "accountRegion", user.region(),
            "requestedRegion", requested));
      }
    }
    if (!catalog.currencies().containsKey(user.region())) {
      throw regionUnavailable(user.region());
    }
    return user.region();
  }

  private static ApiException regionUnavailable(String region) {
    return new ApiException(403, "forbidden", "LiveCoins is not available in " + region + ".",
        Maps.of("reason", "region_unavailable", "region", region));
  }

  /** 403 {@code age_restricted} naming {@code capability} when {@code user} is too young for it. */
  static void requireAge(MockUser user, String capability, String message) {
    if (user.ageRestricted(capability)) {
      throw new ApiException(403, "forbidden", message, Maps.of("reason", "age_restricted", "capability",
          capability));
    }
  }

  /** 422 {@code limit_exceeded} when a recharge of {@code priceMinor} breaks a limit. Call locked. */
  static void checkRecharge(MockState state, MockUser user, long priceMinor, String currency) {
    Instant now = state.now();
    SpendingLimits limits = state.spendingLimits();
    SpendingLimits.Effective perPurchase = limits.effective(user.id(), "recharge_per_purchase", now);
    if (perPurchase != null && priceMinor > perPurchase.value()) {
      throw new ApiException(422, "limit_exceeded", "The per-purchase recharge limit would be exceeded.",
          Maps.of("limitKind", "recharge_per_purchase", "setBy", perPurchase.setBy(),
              "limit", Maps.money(perPurchase.value(), currency)));
    }
    SpendingLimits.Effective daily = limits.effective(user.id(), "recharge_daily", now);
    if (daily != null) {
      long spent = rechargedToday(state, user.id(), now);
      long remaining = Math.max(0, daily.value() - spent);
      if (priceMinor > remaining) {
        throw new ApiException(422, "limit_exceeded", "The daily recharge limit would be exceeded.",
            Maps.of("limitKind", "recharge_daily", "setBy", daily.setBy(),
                "limit", Maps.money(daily.value(), currency), "remaining", Maps.money(remaining, currency),
                "resetsAt", SpendingLimits.resetsAt(now).toString()));
      }
    }
  }

  /** 422 {@code limit_exceeded} when a gift of {@code coins} breaks a limit. Call locked. */
  static void checkGift(MockState state, MockUser user, long coins) {
    Instant now = state.now();
    SpendingLimits limits = state.spendingLimits();
    SpendingLimits.Effective perSend = limits.effective(user.id(), "gifting_per_send", now);
    if (perSend != null && coins > perSend.value()) {
      throw new ApiException(422, "limit_exceeded", "The per-send gifting limit would be exceeded.",
          Maps.of("limitKind", "gifting_per_send", "setBy", perSend.setBy(), "limitCoins", perSend.value()));
    }
    SpendingLimits.Effective daily = limits.effective(user.id(), "gifting_daily", now);
    if (daily != null) {
      long remaining = Math.max(0, daily.value() - giftedToday(state, user.id(), now));
      if (coins > remaining) {
        throw new ApiException(422, "limit_exceeded", "The daily gifting limit would be exceeded.",
            Maps.of("limitKind", "gifting_daily", "setBy", daily.setBy(), "limitCoins", daily.value(),
                "remainingCoins", remaining, "resetsAt", SpendingLimits.resetsAt(now).toString()));
      }
    }
  }

  /**
   * What {@code userId} spent on recharges today (UTC): orders created today that may still be or were
   * paid (awaiting payment, pending, completed, reversed); failed, expired and voided ones do not count.
   */
  static long rechargedToday(MockState state, String userId, Instant now) {
    long sum = 0;
    for (MockState.Order o : state.orders()) {
      if (o.userId.equals(userId) && SpendingLimits.sameDay(o.createdAt, now)
          && !o.status.equals("FAILED") && !o.status.equals("EXPIRED") && !o.status.equals("VOIDED")) {
        sum = Math.addExact(sum, o.priceMinor);
      }
    }
    return sum;
  }

  /** The coins {@code userId} sent as gifts today (UTC). */
  static long giftedToday(MockState state, String userId, Instant now) {
    long sum = 0;
    for (MockState.Receipt r : state.receipts()) {
      if (r.senderId().equals(userId) && SpendingLimits.sameDay(r.createdAt(), now)) {
        sum = Math.addExact(sum, r.coins());
      }
    }
    return sum;
  }

  // ------------------------------------------------------------------ endpoints

  private ApiResponse account(Call call) {
    return state.locked(() -> ApiResponse.ok(view(call.user())));
  }

  private Map<String, Object> view(MockUser u) {
    MockCatalog catalog = state.settings().catalog();
    boolean served = catalog.currencies().containsKey(u.region());
    String currency = served ? catalog.currencies().get(u.region()) : "XXX";
    List<Object> capabilities = new ArrayList<>();
    capabilities.add(capability("gifting", !served ? "region_unavailable"
        : u.ageRestricted("gifting") ? "age_restricted" : null));
    capabilities.add(capability("receiving_gifts", !u.creator() ? "not_creator"
        : u.ageRestricted("receiving_gifts") ? "age_restricted" : null));
    capabilities.add(capability("recharge", !served ? "region_unavailable"
        : u.ageRestricted("recharge") ? "age_restricted" : null));
    capabilities.add(capability("withdrawal", !u.creator() ? "not_creator"
        : u.ageRestricted("withdrawal") ? "age_restricted" : null));
    Instant now = state.now();
    List<Object> limits = new ArrayList<>();
    for (SpendingLimits.Effective e : state.spendingLimits().all(u.id(), now)) {
      limits.add(limitView(u, e, currency, now));
    }
    return Maps.of("userId", u.id(), "region", u.region(), "currency", currency, "capabilities", capabilities,
        "limits", limits);
  }

  private static Map<String, Object> capability(String name, String reason) {
    Map<String, Object> m = Maps.of("capability", name, "allowed", reason == null);
    if (reason != null) {
      m.put("reason", reason);
    }
    return m;
  }

  private Map<String, Object> limitView(MockUser u, SpendingLimits.Effective e, String currency, Instant now) {
    boolean money = SpendingLimits.isMoney(e.kind());
    boolean daily = e.kind().endsWith("_daily");
    Map<String, Object> m = Maps.of("kind", e.kind(), "setBy", e.setBy());
    if (money) {
      m.put("limit", Maps.money(e.value(), currency));
    } else {
      m.put("limitCoins", e.value());
    }
    if (daily) {
      long spent = money ? rechargedToday(state, u.id(), now) : giftedToday(state, u.id(), now);
      long remaining = Math.max(0, e.value() - spent);
      m.put(money ? "remaining" : "remainingCoins", money ? Maps.money(remaining, currency) : remaining);
      m.put("resetsAt", SpendingLimits.resetsAt(now).toString());
    }
    if (e.pending()) {
      if (e.pendingValue() != null) {
        m.put(money ? "pendingLimit" : "pendingLimitCoins",
            money ? Maps.money(e.pendingValue(), currency) : e.pendingValue());
      }
      m.put("pendingEffectiveAt", e.pendingAt().toString());
    }
    return m;
  }

  private ApiResponse setLimit(Call call) {
    String kind = call.string("kind");
    if (!MockUser.LIMIT_KINDS.contains(kind)) {
      throw ApiException.invalid("kind", "not_settable", "The user cannot set a " + kind + " limit.");
    }
    MockUser u = call.user();
    Map<String, Object> body = call.json();
    boolean money = SpendingLimits.isMoney(kind);
    Long value = null;
    if (body.get(money ? "limitCoins" : "limit") != null) {
      String field = money ? "limitCoins" : "limit";
      throw ApiException.invalid(field, "wrong_unit", kind + " is counted in " + (money ? "money" : "coins")
          + "; " + field + " does not apply.");
    }
    if (money && body.get("limit") != null) {
      Map<String, Object> limit = call.object("limit");
      value = Call.longValue(limit, "amountMinor", "limit.amountMinor", 0, Long.MAX_VALUE);
      String currency = Call.string(limit, "currency", "limit.currency");
      String accountCurrency = state.settings().catalog().currencies().get(u.region());
      if (!currency.equals(accountCurrency)) {
        throw ApiException.invalid("limit.currency", "not_account_currency", "Recharge limits are in "
            + accountCurrency + ", the account's currency.");
      }
    } else if (!money && body.get("limitCoins") != null) {
      value = call.longValue("limitCoins", 0, Long.MAX_VALUE);
    }
    Long v = value;
    return state.locked(() -> {
      state.spendingLimits().setSelf(u.id(), kind, v, state.now());
      return ApiResponse.ok(view(u));
    });
  }
}
