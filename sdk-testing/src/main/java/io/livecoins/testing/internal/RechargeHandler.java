package io.livecoins.testing.internal;

import io.livecoins.testing.ExpiredPaymentPolicy;
import io.livecoins.testing.MockCatalog;
import io.livecoins.testing.PaymentVerifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Coin packages and recharge orders: list, create, confirm (sandbox tokens or the verifier), poll. */
final class RechargeHandler {
  static final Set<String> DECLINE_REASONS = Set.of("declined", "insufficient_funds", "expired_card",
      "incorrect_cvc", "processing_error", "authentication_required");
  private static final Set<String> STATUSES = Set.of("AWAITING_PAYMENT", "PENDING", "COMPLETED", "FAILED",
      "EXPIRED", "VOIDED", "REFUNDED", "CHARGED_BACK");
  private static final Pattern SANDBOX = Pattern.compile(
      "sbx1\\.([^.]+)\\.(ok|chargeback|decline-[a-z_]+|pending-\\d{1,2}|flaky-\\d)\\.([A-Za-z0-9]{8,32})");

  private final MockState state;

  RechargeHandler(MockState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/v1/coin-packages", this::packages);
    router.add("POST", "/v1/recharge-orders", this::create);
    router.add("POST", "/v1/recharge-orders/{id}/confirm", this::confirm);
    router.add("GET", "/v1/recharge-orders/{id}", this::get);
    router.add("GET", "/v1/recharge-orders", this::list);
  }

  /** The account's price region; a request for another region is refused (see AccountHandler). */
  static String region(Call call, String region, MockCatalog catalog) {
    return AccountHandler.region(call.user(), region, catalog);
  }

  private ApiResponse packages(Call call) {
    MockCatalog catalog = state.settings().catalog();
    String region = region(call, call.query("region"), catalog);
    String currency = catalog.currencies().get(region);
    List<Object> list = new ArrayList<>();
    for (MockCatalog.CoinPackage p : catalog.packages(region)) {
      list.add(Maps.of("id", p.id(), "coins", p.coins(), "bonusCoins", p.bonusCoins(),
          "price", Maps.money(p.priceMinor(), currency), "providers", p.providers()));
    }
    return ApiResponse.ok(Maps.of("region", region, "currency", currency, "packages", list));
  }

  private ApiResponse create(Call call) {
    String packageId = call.string("packageId");
    String provider = call.string("provider");
    MockCatalog catalog = state.settings().catalog();
    Map<String, Object> expected = call.object("expectedPrice");
    long expectedMinor = Call.longValue(expected, "amountMinor", "expectedPrice.amountMinor", 0, Long.MAX_VALUE);
    String expectedCurrency = Call.string(expected, "currency", "expectedPrice.currency");
    String region = region(call, call.json().get("region") instanceof String s ? s : null, catalog);
    String currency = catalog.currencies().get(region);
    MockCatalog.CoinPackage pkg = null;
    for (MockCatalog.CoinPackage p : catalog.packages(region)) {
      if (p.id().equals(packageId)) {
        pkg = p;
      }
    }
    if (pkg == null) {
      throw ApiException.notFound("package", "No package " + packageId + " in " + region + ".");
    }
    if (!pkg.providers().contains(provider)) {
      throw ApiException.invalid("provider", "unsupported",
          "Provider " + provider + " cannot pay for " + packageId + " in " + region + ".");
    }
    if (expectedMinor != pkg.priceMinor() || !expectedCurrency.equals(currency)) {
      throw new ApiException(409, "price_changed", "The price of " + packageId + " changed.",
          Maps.of("expectedPrice", Maps.money(expectedMinor, expectedCurrency),
              "currentPrice", Maps.money(pkg.priceMinor(), currency)));
    }
    MockCatalog.CoinPackage p = pkg;
    AccountHandler.requireAge(call.user(), "recharge", "Buying coins requires the age of majority.");
    return state.locked(() -> {
      // Before any order exists: a refused purchase never reaches the payment provider.
      AccountHandler.checkRecharge(state, call.user(), p.priceMinor(), currency);
      MockState.Order o = state.newOrder(call.user().id(), p.id(), region, provider, p.coins(), p.bonusCoins(),
          p.priceMinor(), currency);
      return ApiResponse.json(201, Maps.of("order", Views.order(o)));
    });
  }

  private MockState.Order owned(Call call) {
    MockState.Order o = state.order(call.pathParam("id"));
    if (o == null || !o.userId.equals(call.user().id())) {
      throw ApiException.notFound("order", "No order " + call.pathParam("id") + ".");
    }
    return o;
  }

  private ApiResponse get(Call call) {
    return state.locked(() -> {
      MockState.Order o = owned(call);
      if (o.status.equals("PENDING")) {
        poll(o, null);
      }
      return ApiResponse.ok(Views.orderAndWallet(state, o));
    });
  }

  private void poll(MockState.Order o, String scope) {
    o.pendingPolls--;
    o.updatedAt = state.now();
    if (o.pendingPolls <= 0) {
      state.complete(o, scope);
    }
  }

  private ApiResponse list(Call call) {
    Set<String> wanted = new LinkedHashSet<>();
    String statusParam = call.query("status");
    if (statusParam != null) {
      for (String s : statusParam.split(",")) {
        if (!STATUSES.contains(s.trim())) {
          throw ApiException.invalid("status", "unknown", "Unknown order status " + s + ".");
        }
        wanted.add(s.trim());
      }
    }
    return state.locked(() -> {
      List<MockState.Order> mine = new ArrayList<>();
      for (MockState.Order o : state.orders()) {
        if (o.userId.equals(call.user().id()) && (wanted.isEmpty() || wanted.contains(o.status))) {
          mine.add(o);
        }
      }
      Collections.reverse(mine);
      return ApiResponse.ok(Pages.page(call, mine, o -> o.sequence, Views::order));
    });
  }

  private ApiResponse confirm(Call call) {
    String token = call.string("paymentToken");
    if (token.length() > 2048) {
      throw ApiException.invalid("paymentToken", "too_long", "paymentToken is longer than 2048 characters");
    }
    // Phase 1 (locked): state checks and sandbox tokens.
    Object first = state.locked(() -> {
      MockState.Order o = owned(call);
      ApiResponse settled = settledAnswer(call, o);
      if (settled != null) {
        return settled;
      }
      o.confirmAttempts++;
      if (token.startsWith("sbx1.")) {
        return apply(call, o, sandboxOutcome(o, token));
      }
      return new PaymentVerifier.Attempt(o.id, o.userId, o.provider, o.priceMinor, o.currency, token,
          o.confirmAttempts);
    });
    if (first instanceof ApiResponse r) {
      return r;
    }
    // Phase 2: the integrator's verifier, without the lock.
    PaymentVerifier.Attempt attempt = (PaymentVerifier.Attempt) first;
    PaymentVerifier.Outcome outcome = state.settings().paymentVerifier().verify(attempt);
    if (outcome == null) {
      throw new IllegalStateException("PaymentVerifier returned null");
    }
    // Phase 3 (locked): apply, unless a concurrent confirm settled the order meanwhile.
    return state.locked(() -> {
      MockState.Order o = owned(call);
      ApiResponse settled = settledAnswer(call, o);
      return settled != null ? settled : apply(call, o, outcome);
    });
  }

  /** The answer for an order that is no longer awaiting payment, or null when it is. */
  private ApiResponse settledAnswer(Call call, MockState.Order o) {
    switch (o.status) {
      case "COMPLETED":
      case "VOIDED":
      case "REFUNDED":      // reversed after completion: the current state, nothing credited again
      case "CHARGED_BACK":
        return ApiResponse.ok(Views.orderAndWallet(state, o));
      case "FAILED":
        throw ApiException.invalidState(o.status);
      case "EXPIRED":
        // A payment presented late: verified like any other, then settled by the expired-payment policy.
        return null;
      case "PENDING":
        poll(o, call.idempotencyScope());
        return ApiResponse.ok(Views.orderAndWallet(state, o));
      default:
        return null;
    }
  }

  private PaymentVerifier.Outcome sandboxOutcome(MockState.Order o, String token) {
    Matcher m = SANDBOX.matcher(token);
    if (!m.matches()) {
      throw ApiException.invalid("paymentToken", "malformed",
          "Malformed sandbox token (expected sbx1.<orderId>.<outcome>.<nonce>).");
    }
    if (!m.group(1).equals(o.id)) {
      throw ApiException.invalid("paymentToken", "order_mismatch", "The payment token belongs to another order.");
    }
    String outcome = m.group(2);
    if (outcome.equals("ok")) {
      return PaymentVerifier.Outcome.success();
    }
    if (outcome.equals("chargeback")) {
      state.chargebackLater(o); // paid now, disputed later: charged back at the next request after it completes
      return PaymentVerifier.Outcome.success();
    }
    if (outcome.startsWith("decline-")) {
      String reason = outcome.substring(8);
      if (!DECLINE_REASONS.contains(reason)) {
        throw ApiException.invalid("paymentToken", "malformed", "Unknown decline reason " + reason + ".");
      }
      return PaymentVerifier.Outcome.declined(reason);
    }
    int n = Integer.parseInt(outcome.substring(outcome.indexOf('-') + 1));
    if (outcome.startsWith("pending-")) {
      if (n < 1 || n > 10) {
        throw ApiException.invalid("paymentToken", "malformed", "pending-<n> needs n in 1..10.");
      }
      return PaymentVerifier.Outcome.pending(n);
    }
    if (n < 1 || n > 5) {
      throw ApiException.invalid("paymentToken", "malformed", "flaky-<n> needs n in 1..5.");
    }
    return state.tokenAttempt(token) <= n ? PaymentVerifier.Outcome.unavailable()
        : PaymentVerifier.Outcome.success();
  }

  private ApiResponse apply(Call call, MockState.Order o, PaymentVerifier.Outcome outcome) {
    boolean late = o.status.equals("EXPIRED");
    if (late && (outcome.kind() == PaymentVerifier.Outcome.Kind.SUCCESS
        || outcome.kind() == PaymentVerifier.Outcome.Kind.PENDING)) {
      o.paidAfterExpiry = true;
      if (state.settings().expiredPaymentPolicy() == ExpiredPaymentPolicy.VOID) {
        state.voidPayment(o);
        return ApiResponse.ok(Views.orderAndWallet(state, o));
      }
    }
    switch (outcome.kind()) {
      case SUCCESS:
        state.complete(o, call.idempotencyScope());
        return ApiResponse.ok(Views.orderAndWallet(state, o));
      case PENDING:
        o.status = "PENDING";
        o.pendingPolls = outcome.polls();
        o.updatedAt = state.now();
        return ApiResponse.ok(Views.orderAndWallet(state, o));
      case DECLINED:
        o.status = "FAILED";
        o.failureReason = outcome.declineReason();
        o.updatedAt = state.now();
        throw new ApiException(402, "payment_declined", "The payment was declined: " + outcome.declineReason()
            + ".", Maps.of("reason", outcome.declineReason(), "orderId", o.id));
      default:
        throw ApiException.unavailable(503);
    }
  }
}
