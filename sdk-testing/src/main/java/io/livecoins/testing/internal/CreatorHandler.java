package io.livecoins.testing.internal;

import io.livecoins.testing.MockUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creator earnings and diamond withdrawals (only a creator, only its own diamonds). */
final class CreatorHandler {
  private final MockState state;

  CreatorHandler(MockState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/v1/creator/earnings", this::earnings);
    router.add("POST", "/v1/creator/withdrawals", this::withdraw);
    router.add("GET", "/v1/creator/withdrawals", this::list);
    router.add("GET", "/v1/creator/withdrawals/{id}", this::one);
  }

  private MockUser creator(Call call) {
    if (!call.user().creator()) {
      throw ApiException.forbidden("not_creator", "Only creators have earnings.");
    }
    return call.user();
  }

  private long withdrawnToday(String userId) {
    LocalDate today = LocalDate.ofInstant(state.now(), ZoneOffset.UTC);
    long sum = 0;
    for (MockState.Withdrawal w : state.withdrawals()) {
      if (w.userId().equals(userId) && !w.status().equals("FAILED") && LocalDate.ofInstant(w.createdAt(), ZoneOffset.UTC).equals(today)) {
        sum = Math.addExact(sum, w.amountMinor());
      }
    }
    return sum;
  }

  private Instant resetsAt() {
    return LocalDate.ofInstant(state.now(), ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private ApiResponse earnings(Call call) {
    MockUser c = creator(call);
    Settings s = state.settings();
    return state.locked(() -> {
      long diamonds = state.ledger().balance(Ledger.user(c.id()), Ledger.DIAMONDS);
      long remaining = Math.max(0, s.dailyWithdrawalLimitMinor() - withdrawnToday(c.id()));
      return ApiResponse.ok(Maps.of("diamonds", diamonds, "withdrawableDiamonds", diamonds,
          "minimumWithdrawalDiamonds", s.minimumWithdrawalDiamonds(),
          "payoutRate", Maps.of("diamonds", s.payoutDiamonds(),
              "amount", Maps.money(s.payoutAmountMinor(), s.payoutCurrency())),
          "dailyLimit", Maps.money(s.dailyWithdrawalLimitMinor(), s.payoutCurrency()),
          "dailyRemaining", Maps.money(remaining, s.payoutCurrency())));
    });
  }

  private ApiResponse withdraw(Call call) {
    MockUser c = creator(call);
    AccountHandler.requireAge(c, "withdrawal", "Withdrawing requires the age of majority.");
    long requested = call.longValue("diamonds", 1, Long.MAX_VALUE);
    String method = call.string("payoutMethod");
    if (!method.equals("bank") && !method.equals("paypal")) {
      throw ApiException.invalid("payoutMethod", "unsupported", "payoutMethod must be bank or paypal");
    }
    Settings s = state.settings();
    // amountMinor = floor(d * A / D); consumed = ceil(amountMinor * D / A) <= d
    long amountMinor = Math.multiplyExact(requested, s.payoutAmountMinor()) / s.payoutDiamonds();
    if (requested < s.minimumWithdrawalDiamonds() || amountMinor == 0) {
      throw new ApiException(422, "below_minimum_withdrawal", "The minimum withdrawal is "
          + s.minimumWithdrawalDiamonds() + " diamonds.",
          Maps.of("minimumDiamonds", s.minimumWithdrawalDiamonds()));
    }
    long scaled = Math.multiplyExact(amountMinor, s.payoutDiamonds());
    long consumed = scaled / s.payoutAmountMinor() + (scaled % s.payoutAmountMinor() == 0 ? 0 : 1);
    return state.locked(() -> {
      long balance = state.ledger().balance(Ledger.user(c.id()), Ledger.DIAMONDS);
      if (balance < requested) {
        throw new ApiException(402, "insufficient_diamonds", "Not enough diamonds: " + balance + " < "
            + requested + ".", Maps.of("balance", balance, "required", requested,
            "shortfall", requested - balance));
      }
      long remaining = Math.max(0, s.dailyWithdrawalLimitMinor() - withdrawnToday(c.id()));
      if (amountMinor > remaining) {
        throw new ApiException(422, "limit_exceeded", "The daily withdrawal limit would be exceeded.",
            Maps.of("limit", Maps.money(s.dailyWithdrawalLimitMinor(), s.payoutCurrency()),
                "remaining", Maps.money(remaining, s.payoutCurrency()), "resetsAt", resetsAt().toString()));
      }
      String id = state.nextId("wd_");
      state.ledger().post(Map.of(), "WITHDRAWAL",
          List.of(new Ledger.Movement(Ledger.DIAMONDS, Ledger.user(c.id()), Ledger.PAYOUTS, consumed)),
          id, call.idempotencyScope(), state.now());
      MockState.Withdrawal w = state.newWithdrawal(id, c.id(), consumed, amountMinor, s.payoutCurrency(),
          method);
      return ApiResponse.json(201, Maps.of("withdrawal", view(w), "wallet", Views.wallet(state, c.id())));
    });
  }

  private static Map<String, Object> view(MockState.Withdrawal w) {
    Map<String, Object> m = Maps.of("id", w.id(), "diamonds", w.diamonds(),
        "amount", Maps.money(w.amountMinor(), w.currency()), "payoutMethod", w.payoutMethod(),
        "status", w.status(), "createdAt", w.createdAt().toString(), "updatedAt", w.updatedAt().toString());
    m.put("failureReason", w.failureReason());
    return m;
  }

  private ApiResponse list(Call call) {
    MockUser c = creator(call);
    return state.locked(() -> {
      List<MockState.Withdrawal> newestFirst = new ArrayList<>();
      List<MockState.Withdrawal> all = state.withdrawals();
      for (int i = all.size() - 1; i >= 0; i--) {
        if (all.get(i).userId().equals(c.id())) {
          newestFirst.add(all.get(i));
        }
      }
      return ApiResponse.ok(Pages.page(call, newestFirst, MockState.Withdrawal::sequence,
          CreatorHandler::view));
    });
  }

  private ApiResponse one(Call call) {
    MockUser c = creator(call);
    String id = call.pathParam("id");
    return state.locked(() -> {
      MockState.Withdrawal w = state.withdrawal(id);
      if (w == null || !w.userId().equals(c.id())) {
        throw ApiException.notFound("withdrawal", "No withdrawal " + id + ".");
      }
      return ApiResponse.ok(Maps.of("withdrawal", view(w), "wallet", Views.wallet(state, c.id())));
    });
  }
}
