package io.livecoins.sample.android;

import android.content.Context;
import android.content.SharedPreferences;
import io.livecoins.errors.Effect;
import io.livecoins.Money;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.PendingOrderStoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * A {@link PendingOrderStore} over the app's private {@link SharedPreferences}: one JSON record per
 * order, written with {@code commit()} so a save is on disk before the SDK asks for payment.
 *
 * <p>What it holds is what {@link PendingOrder} holds: order id, package, provider, region, price,
 * the confirmation's idempotency key and, between payment and confirmation only, the single-use
 * payment token bound to that order (without it a crash after payment could not be confirmed). Never
 * the user's bearer token, never card data. Records are removed when the order completes or fails.
 *
 * <p>Thread-safe: the SDK calls it from its dispatcher threads.
 */
public final class SharedPreferencesPendingOrderStore implements PendingOrderStore {
  /** The preferences file, private to the app. */
  public static final String PREFS_NAME = "livecoins_pending_orders";

  private final SharedPreferences prefs;

  /** Creates a store over the app's private {@link #PREFS_NAME} preferences. */
  public SharedPreferencesPendingOrderStore(Context context) {
    this(context.getApplicationContext().getSharedPreferences(PREFS_NAME, Context.MODE_PRIVATE));
  }

  /** Creates a store over {@code prefs}. */
  public SharedPreferencesPendingOrderStore(SharedPreferences prefs) {
    this.prefs = Objects.requireNonNull(prefs, "prefs == null");
  }

  @Override
  public synchronized void save(PendingOrder order) {
    Objects.requireNonNull(order, "order == null");
    String json;
    try {
      json = toJson(order).toString();
    } catch (JSONException e) {
      throw new PendingOrderStoreException("cannot encode pending order " + order.orderId(), Effect.NOT_APPLIED, e);
    }
    if (!prefs.edit().putString(order.orderId(), json).commit()) {
      throw new PendingOrderStoreException("cannot write pending order " + order.orderId(), Effect.NOT_APPLIED, null);
    }
  }

  @Override
  public synchronized void remove(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    if (!prefs.contains(orderId)) return;
    if (!prefs.edit().remove(orderId).commit()) {
      throw new PendingOrderStoreException("cannot remove pending order " + orderId, null);
    }
  }

  @Override
  public synchronized PendingOrder get(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    String json = prefs.getString(orderId, null);
    return json == null ? null : parse(orderId, json);
  }

  @Override
  public synchronized List<PendingOrder> all() {
    List<PendingOrder> orders = new ArrayList<>();
    for (Map.Entry<String, ?> entry : prefs.getAll().entrySet()) {
      if (entry.getValue() instanceof String) orders.add(parse(entry.getKey(), (String) entry.getValue()));
    }
    orders.sort(Comparator.comparing(PendingOrder::createdAt));
    return Collections.unmodifiableList(orders);
  }

  private static JSONObject toJson(PendingOrder order) throws JSONException {
    JSONObject json = new JSONObject();
    json.put("orderId", order.orderId());
    json.put("userId", order.userId());
    json.put("packageId", order.packageId());
    json.put("providerId", order.providerId());
    json.put("region", order.region());
    json.put("amountMinor", order.price().amountMinor());
    json.put("currency", order.price().currency());
    json.put("state", order.state().name());
    if (order.paymentToken() != null) json.put("paymentToken", order.paymentToken());
    json.put("confirmKey", order.confirmKey());
    json.put("createdAt", order.createdAt().toString());
    return json;
  }

  private static PendingOrder parse(String key, String text) {
    try {
      JSONObject json = new JSONObject(text);
      return PendingOrder.builder()
          .orderId(json.getString("orderId"))
          .userId(json.getString("userId"))
          .packageId(json.getString("packageId"))
          .providerId(json.getString("providerId"))
          .region(json.getString("region"))
          .price(Money.of(json.getLong("amountMinor"), json.getString("currency")))
          .state(PendingOrder.State.valueOf(json.getString("state")))
          .paymentToken(json.has("paymentToken") ? json.getString("paymentToken") : null)
          .confirmKey(json.getString("confirmKey"))
          .createdAt(Instant.parse(json.getString("createdAt")))
          .build();
    } catch (JSONException | RuntimeException e) {
      throw new PendingOrderStoreException("unreadable pending order record " + key, e);
    }
  }
}
