package io.livecoins.sample.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.content.Context;
import android.content.SharedPreferences;
import io.livecoins.Money;
import io.livecoins.recharge.PendingOrder;
import java.time.Instant;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, manifest = Config.NONE, application = TestApp.class)
public class SharedPreferencesPendingOrderStoreTest {
  private final Context context = RuntimeEnvironment.getApplication();
  private final SharedPreferences prefs =
      context.getSharedPreferences(SharedPreferencesPendingOrderStore.PREFS_NAME, Context.MODE_PRIVATE);

  private static PendingOrder created(String id, Instant at) {
    return PendingOrder.builder().orderId(id).userId("bob").packageId("coins-70")
        .providerId("sandbox").region("US").price(Money.of(99, "USD"))
        .state(PendingOrder.State.CREATED).confirmKey("key-" + id).createdAt(at).build();
  }

  @Test
  public void recordsSurviveANewStoreInstanceOldestFirst() {
    Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
    PendingOrder later = created("ord_2", t0.plusSeconds(5)).withPaymentToken("sbx1.ord_2.ok.abcdefgh");
    PendingOrder earlier = created("ord_1", t0);
    SharedPreferencesPendingOrderStore store = new SharedPreferencesPendingOrderStore(context);
    store.save(later);
    store.save(earlier);

    SharedPreferencesPendingOrderStore reopened = new SharedPreferencesPendingOrderStore(context);
    assertThat(reopened.all()).containsExactly(earlier, later);
    assertThat(reopened.get("ord_2")).isEqualTo(later);
    assertThat(reopened.get("ord_3")).isNull();
  }

  @Test
  public void saveReplacesAndRemoveForgets() {
    SharedPreferencesPendingOrderStore store = new SharedPreferencesPendingOrderStore(prefs);
    PendingOrder record = created("ord_1", Instant.parse("2026-11-25T10:00:00Z"));
    store.save(record);
    PendingOrder authorized = record.withPaymentToken("sbx1.ord_1.ok.abcdefgh");
    store.save(authorized);
    assertThat(store.all()).containsExactly(authorized);

    store.remove("ord_1");
    store.remove("ord_1"); // nothing there: no error
    assertThat(store.all()).isEmpty();
    assertThat(prefs.getAll()).isEmpty();
  }

  @Test
  public void storesNoCardDataAndNoBearerToken() {
    SharedPreferencesPendingOrderStore store = new SharedPreferencesPendingOrderStore(prefs);
    store.save(created("ord_1", Instant.parse("2026-11-25T10:00:00Z")));
    String stored = prefs.getString("ord_1", "");
    assertThat(stored).doesNotContain("4242").doesNotContain("demo-token").doesNotContain("paymentToken");
  }
}
