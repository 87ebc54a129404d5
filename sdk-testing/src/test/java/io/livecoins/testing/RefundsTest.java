package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE;
import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Money after the sale on the mock backend: refunds, chargebacks, coin debt, its repayment. */
class RefundsTest {
  @RegisterExtension
  final LiveCoinsMockServerExtension mock = new LiveCoinsMockServerExtension();

  private String buy(TestApi api, String pack, long price, String key, String outcome) {
    String order = api.createOrder(ALICE_TOKEN, pack, price, "o-" + key);
    TestApi.Resp r = api.confirm(ALICE_TOKEN, order, TestApi.sandboxToken(order, outcome), "c-" + key);
    assertThat(r.code()).as(r.body()).isEqualTo(200);
    return order;
  }

  @Test
  void aRefundTakesTheCoinsBackOnceWhenTheyAreStillThere() {
    TestApi api = new TestApi(mock.server());
    String order = buy(api, "coins-70", 99, "1", "ok");

    OrderSnapshot refunded = mock.server().refundOrder(order);

    assertThat(refunded.status()).isEqualTo("REFUNDED");
    assertThat(mock.server().wallet(ALICE).coins()).isZero();
    assertThat(mock.server().coinDebt(ALICE)).isZero();
    assertThatThrownBy(() -> mock.server().refundOrder(order)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> mock.server().chargeBackOrder(order)).isInstanceOf(IllegalStateException.class);
    List<Map<String, Object>> history = api.get(ALICE_TOKEN, "/v1/wallet/transactions").items("items");
    assertThat(history).extracting(t -> t.get("type") + ":" + t.get("coins")).startsWith("REFUND:-70", "RECHARGE:70");
    assertThat(api.get(ALICE_TOKEN, "/v1/recharge-orders/" + order).obj("order")).containsEntry("status", "REFUNDED");
  }

  @Test
  void spentCoinsBecomeADebtThatBlocksGiftsUntilARechargeRepaysIt() {
    TestApi api = new TestApi(mock.server());
    String order = buy(api, "coins-70", 99, "1", "ok");
    assertThat(api.sendGift(ALICE_TOKEN, "rose", 50, 1, "g1").code()).isEqualTo(200); // 50 coins spent

    mock.server().chargeBackOrder(order);

    assertThat(mock.server().wallet(ALICE).coins()).isZero();
    assertThat(mock.server().coinDebt(ALICE)).isEqualTo(50);
    assertThat(api.get(ALICE_TOKEN, "/v1/wallet").json()).containsEntry("coins", 0L).containsEntry("coinDebt", 50L);
    TestApi.Resp blocked = api.sendGift(ALICE_TOKEN, "rose", 1, 1, "g2");
    assertThat(blocked.code()).isEqualTo(402);
    assertThat(blocked.details()).containsEntry("debt", 50L).containsEntry("shortfall", 51L);

    buy(api, "coins-70", 99, "2", "ok"); // 70 coins: 50 repay the debt, 20 stay

    assertThat(mock.server().coinDebt(ALICE)).isZero();
    assertThat(mock.server().wallet(ALICE).coins()).isEqualTo(20);
    assertThat(api.get(ALICE_TOKEN, "/v1/wallet").json()).doesNotContainKey("coinDebt");
    assertThat(api.sendGift(ALICE_TOKEN, "rose", 1, 1, "g3").code()).isEqualTo(200);
    List<Map<String, Object>> history = api.get(ALICE_TOKEN, "/v1/wallet/transactions").items("items");
    assertThat(history).extracting(t -> t.get("type") + ":" + t.get("coins"))
        .startsWith("GIFT_SENT:-1", "DEBT_REPAYMENT:-50", "RECHARGE:70", "CHARGEBACK:-20");
  }

  @Test
  void theChargebackLaterCardIsChargedBackAtTheNextRequest() {
    TestApi api = new TestApi(mock.server());
    String order = buy(api, "coins-70", 99, "1", "chargeback");
    assertThat(mock.server().orders().get(0).status()).isEqualTo("COMPLETED");

    assertThat(api.get(ALICE_TOKEN, "/v1/wallet").json()).containsEntry("coins", 0L);

    assertThat(mock.server().orders().get(0).status()).isEqualTo("CHARGED_BACK");
    assertThat(api.get(ALICE_TOKEN, "/v1/recharge-orders?status=CHARGED_BACK").items("items"))
        .extracting(o -> o.get("id")).containsExactly(order);
  }
}
