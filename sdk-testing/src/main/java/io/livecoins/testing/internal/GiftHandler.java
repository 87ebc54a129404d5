package io.livecoins.testing.internal;

import io.livecoins.testing.MockCatalog;
import io.livecoins.testing.MockUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The gift catalog and sending gifts (coins to the platform, diamonds to the creator, an SSE event). */
final class GiftHandler {
  private static final java.util.regex.Pattern COMBO_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private final MockState state;

  GiftHandler(MockState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/v1/gifts", this::gifts);
    router.add("POST", "/v1/gifts/send", this::send);
  }

  private ApiResponse gifts(Call call) {
    MockCatalog catalog = state.settings().catalog();
    String q = call.query("region");
    String region = RechargeHandler.region(call, q, catalog);
    List<Object> list = new ArrayList<>();
    String baseUrl = baseUrl(call);
    for (MockCatalog.Gift g : catalog.gifts()) {
      list.add(Views.gift(g, baseUrl));
    }
    return ApiResponse.ok(Maps.of("region", region, "gifts", list));
  }

  /** Where this client reaches the server (its {@code Host}), for the asset URLs. */
  static String baseUrl(Call call) {
    String host = call.header("Host");
    return "http://" + (host != null ? host : "127.0.0.1");
  }

  private ApiResponse send(Call call) {
    String giftId = call.string("giftId");
    String recipientId = call.string("recipientId");
    String streamId = call.string("streamId");
    long quantity = call.longValue("quantity", 1, 10000);
    long expectedCoinCost = call.longValue("expectedCoinCost", 0, Long.MAX_VALUE);
    Object combo = call.json().get("comboId");
    if (combo != null && !(combo instanceof String s && COMBO_ID.matcher(s).matches())) {
      throw ApiException.invalid("comboId", "malformed", "comboId must be 1-64 letters, digits, '_' or '-'.");
    }
    String comboId = (String) combo;
    MockCatalog.Gift gift = state.settings().catalog().gift(giftId);
    if (gift == null) {
      throw ApiException.notFound("gift", "No gift " + giftId + ".");
    }
    MockUser sender = call.user();
    // The event's gift snapshot (the gift as it is now: the catalog is immutable) is rendered before taking
    // the lock, so the lock is held only for the checks, the posting and the event's own few fields.
    Json.Raw snapshot = new Json.Raw(Json.write(Views.gift(gift, baseUrl(call))));
    return state.locked(() -> {
      String owner = state.streamOwner(streamId);
      if (owner == null) {
        throw ApiException.notFound("stream", "No stream " + streamId + ".");
      }
      MockUser recipient = state.user(recipientId);
      if (recipient == null || !recipient.creator() || !owner.equals(recipientId)) {
        throw ApiException.notFound("creator", "No creator " + recipientId + " hosts " + streamId + ".");
      }
      if (recipientId.equals(sender.id())) {
        throw ApiException.invalid("recipientId", "self", "A creator cannot send gifts to itself.");
      }
      AccountHandler.requireAge(sender, "gifting", "Sending gifts requires the age of majority.");
      AccountHandler.requireAge(recipient, "receiving_gifts", "This creator cannot receive gifts.");
      if (expectedCoinCost != gift.coinCost()) {
        throw new ApiException(409, "price_changed", "The coin cost of " + giftId + " changed.",
            Maps.of("expectedCoinCost", expectedCoinCost, "currentCoinCost", gift.coinCost()));
      }
      long total = Math.multiplyExact(gift.coinCost(), quantity);
      AccountHandler.checkGift(state, sender, total); // before the debit
      long balance = state.ledger().balance(Ledger.user(sender.id()), Ledger.COINS);
      long debt = state.coinDebt(sender.id());
      if (debt > 0) {
        // A refunded or charged-back purchase was already spent: nothing is spent until it is repaid.
        throw new ApiException(402, "insufficient_coins", "A coin debt of " + debt + " blocks spending.",
            Maps.of("balance", balance, "required", total, "shortfall", Math.addExact(total, debt) - balance,
                "debt", debt));
      }
      if (balance < total) {
        throw new ApiException(402, "insufficient_coins", "Not enough coins: " + balance + " < " + total + ".",
            Maps.of("balance", balance, "required", total, "shortfall", total - balance));
      }
      Settings s = state.settings();
      long diamonds = Math.multiplyExact(total, s.diamondShareNumerator()) / s.diamondShareDenominator();
      String receiptId = state.nextId("gft_");
      List<Ledger.Movement> moves = new ArrayList<>();
      moves.add(new Ledger.Movement(Ledger.COINS, Ledger.user(sender.id()), Ledger.PLATFORM, total));
      if (diamonds > 0) {
        moves.add(new Ledger.Movement(Ledger.DIAMONDS, Ledger.DIAMOND_ISSUANCE, Ledger.user(recipientId),
            diamonds));
      }
      state.ledger().post(Map.of(sender.id(), "GIFT_SENT", recipientId, "GIFT_RECEIVED"), "GIFT_SENT", moves,
          receiptId, call.idempotencyScope(), state.now());
      MockState.Receipt r = new MockState.Receipt(receiptId, giftId, sender.id(), recipientId, streamId,
          quantity, gift.coinCost(), total, diamonds, state.now());
      state.addReceipt(r);
      String createdAt = r.createdAt().toString();
      // The event carries what a screen shows (the gift as it is now) and, for a combo, its running count.
      Map<String, Object> streak = comboId == null ? null
          : Maps.of("id", comboId, "count", state.addToCombo(sender.id(), comboId, quantity));
      state.streams().publish(streamId, eventId -> {
        Map<String, Object> event = Maps.of("id", eventId, "giftId", giftId, "gift", snapshot,
            "senderId", sender.id(), "recipientId", recipientId, "streamId", streamId, "quantity", quantity,
            "coins", total, "createdAt", createdAt);
        if (streak != null) {
          event.put("combo", streak);
        }
        return Json.write(event);
      });
      return ApiResponse.ok(Maps.of("gift", Maps.of("id", r.id(), "giftId", giftId, "recipientId",
          recipientId, "streamId", streamId, "quantity", quantity, "coinCost", gift.coinCost(), "coins", total,
          "createdAt", createdAt), "wallet", Views.wallet(state, sender.id())));
    });
  }
}
