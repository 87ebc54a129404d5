package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The purchase history carries receipts (provider's and support's references); every error a support reference. */
class ReceiptsTest {
  @RegisterExtension
  final LiveCoinsMockServerExtension mock = new LiveCoinsMockServerExtension();

  @Test
  void theHistoryListsEveryOrderNewestFirstWithItsReferences() {
    TestApi api = new TestApi(mock.server());
    String paid = api.createOrder(ALICE_TOKEN, "coins-70", 99, "o1");
    api.confirm(ALICE_TOKEN, paid, TestApi.sandboxToken(paid, "ok"), "c1");
    String declined = api.createOrder(ALICE_TOKEN, "coins-70", 99, "o2");
    api.confirm(ALICE_TOKEN, declined, TestApi.sandboxToken(declined, "decline-declined"), "c2");
    String awaiting = api.createOrder(ALICE_TOKEN, "coins-70", 99, "o3");
    api.createOrder(BOB_TOKEN, "coins-70", 99, "o4");

    List<Map<String, Object>> all = api.get(ALICE_TOKEN, "/v1/recharge-orders").items("items");

    assertThat(all).extracting(o -> o.get("id")).containsExactly(awaiting, declined, paid);
    Map<String, Object> receipt = all.get(2);
    assertThat(receipt).containsEntry("status", "COMPLETED");
    assertThat((String) receipt.get("providerReference")).matches("sbx_ch_[0-9A-Z]{8}");
    assertThat((String) receipt.get("supportReference")).matches("LC-O-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    assertThat(all.get(0)).containsEntry("providerReference", null);
    assertThat(all.get(1)).containsEntry("providerReference", null);
    // The reference is stable: reading the order again gives the same codes.
    TestApi.Resp again = api.get(ALICE_TOKEN, "/v1/recharge-orders/" + paid);
    assertThat(again.obj("order")).containsEntry("supportReference", receipt.get("supportReference"))
        .containsEntry("providerReference", receipt.get("providerReference"));
    // Filtered by status, paged.
    List<Object> completed = new ArrayList<>();
    for (Map<String, Object> o : api.get(ALICE_TOKEN, "/v1/recharge-orders?status=COMPLETED,FAILED&limit=1").items("items")) {
      completed.add(o.get("id"));
    }
    assertThat(completed).containsExactly(declined);
  }

  @Test
  void everyErrorCarriesASupportReferenceForItsRequest() {
    TestApi api = new TestApi(mock.server());
    TestApi.Resp notFound = api.get(ALICE_TOKEN, "/v1/recharge-orders/ord_nope");
    TestApi.Resp unauthenticated = api.get(null, "/v1/wallet");

    for (TestApi.Resp r : List.of(notFound, unauthenticated)) {
      assertThat((String) r.error().get("supportReference")).startsWith("LC-E-").hasSize(14);
    }
    assertThat(notFound.error().get("supportReference")).isNotEqualTo(unauthenticated.error().get("supportReference"));
  }
}
