package io.livecoins.recharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.Money;
import io.livecoins.Page;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.ServerException;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The purchase history with receipts, end to end against the mock backend, with faults and hostile answers. */
final class PurchaseHistoryTest {
  private static final String LIST_ROUTE = "GET /v1/recharge-orders";

  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(13).build().start();

  @AfterEach
  void tearDown() {
    server.assertConsistent();
    server.assertNoContractViolations();
    assertThat(server.requestViolations()).isEmpty();
    server.close();
  }

  private static LiveCoins client(String baseUrl) {
    return LiveCoins.builder()
        .baseUrl(baseUrl)
        .authTokenProvider(AuthTokenProvider.of(DemoData.ALICE, DemoData.ALICE_TOKEN))
        .paymentProvider(new SandboxPaymentProvider())
        .pendingOrderStore(new InMemoryPendingOrderStore())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(false).build())
        .sleeper(new RecordingSleeper())
        .build();
  }

  private LiveCoins client() {
    return client(server.url().toString());
  }

  private static CoinPackage pack(LiveCoins client, String id) {
    for (CoinPackage p : client.recharge().packages("US").execute()) {
      if (p.id().equals(id)) return p;
    }
    throw new AssertionError("no package " + id);
  }

  private static List<Receipt> all(Iterable<Receipt> receipts) {
    List<Receipt> out = new ArrayList<>();
    for (Receipt r : receipts) out.add(r);
    return out;
  }

  private long listRequests() {
    return server.requestLog().stream().filter(r -> LIST_ROUTE.equals(r.route())).count();
  }

  @Test
  void aUserSeesEveryPurchaseNewestFirstEachWithAReceiptToQuote() {
    LiveCoins client = client();
    PurchaseResult bought = client.recharge().purchase(pack(client, "coins-700"), "sandbox", TestCard.VISA).execute();
    assertThatThrownBy(
            () -> client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.DECLINED).execute())
        .isInstanceOf(PaymentDeclinedException.class);
    PurchaseResult pending = client.recharge()
        .purchase(PurchaseRequest.of(pack(client, "coins-70"), "sandbox", TestCard.VISA.pendingFor(5))
            .withPollTimeout(Duration.ZERO))
        .execute();

    Page<Receipt> history = client.recharge().orders(OrderQuery.all()).execute();

    assertThat(history.hasMore()).isFalse();
    assertThat(history.items()).extracting(Receipt::status)
        .containsExactly(OrderStatus.PENDING, OrderStatus.FAILED, OrderStatus.COMPLETED);
    Receipt receipt = history.items().get(2);
    assertThat(receipt.orderId()).isEqualTo(bought.order().id());
    assertThat(receipt.order()).isEqualTo(client.recharge().order(bought.order().id()).execute());
    assertThat(receipt.totalCoins()).isEqualTo(735);
    assertThat(receipt.price()).isEqualTo(Money.of(999, "USD"));
    assertThat(receipt.providerReference()).matches("sbx_ch_[0-9A-Z]{8}");
    assertThat(receipt.supportReference()).matches("LC-O-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(history.items().get(0).orderId()).isEqualTo(pending.order().id());
    assertThat(history.items().get(0).providerReference()).isNotNull(); // a payment was handed over
    assertThat(history.items().get(1).providerReference()).isNull();    // declined: none
    assertThat(history.items().get(1).order().failureReason()).isEqualTo("declined");
    assertThat(receipt.format(Locale.US))
        .startsWith("Receipt " + receipt.supportReference() + "\n")
        .contains("Order:     " + receipt.orderId() + " (COMPLETED)\n",
            "Package:   coins-700: 700 coins + 35 bonus = 735 coins\n",
            "Price:     $9.99\n",
            "Paid with: sandbox, reference " + receipt.providerReference() + "\n",
            "Created:   ", " UTC");
    assertThat(receipt.format(Locale.US)).doesNotContain("4242");
    // The same receipt by order id, as a user quoting their order would get it.
    assertThat(client.recharge().receipt(bought.order().id()).execute()).isEqualTo(receipt);
  }

  @Test
  void theHistoryIsFilteredByStatusAndAutoPagedAcrossPages() {
    LiveCoins client = client();
    List<String> completed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      completed.add(0, client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.VISA).execute().order().id());
    }
    assertThatThrownBy(
            () -> client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.EXPIRED_CARD).execute())
        .isInstanceOf(PaymentDeclinedException.class);

    List<Receipt> onlyCompleted = all(client.recharge().allOrders(
        OrderQuery.all().withStatuses(OrderStatus.COMPLETED).withLimit(2)));

    assertThat(onlyCompleted).extracting(Receipt::orderId).isEqualTo(completed);
    assertThat(listRequests()).isEqualTo(3);
    assertThat(server.requestLog()).filteredOn(r -> LIST_ROUTE.equals(r.route()))
        .extracting(LoggedRequest::target)
        .allMatch(p -> p.startsWith("/v1/recharge-orders?limit=2&status=COMPLETED"));
    assertThat(all(client.recharge().allOrders(OrderQuery.all().withLimit(4)))).hasSize(6);
    // Iteration can start from a saved cursor: the rest of the list after the first page.
    Page<Receipt> first = client.recharge().orders(OrderQuery.all().withLimit(4)).execute();
    assertThat(all(client.recharge().allOrders(OrderQuery.all().withLimit(4).after(first.nextCursor()))))
        .hasSize(2);
    assertThat(client.recharge().orders(OrderQuery.all().withStatuses(OrderStatus.FAILED, OrderStatus.EXPIRED))
        .execute().items()).extracting(Receipt::status).containsExactly(OrderStatus.FAILED);
  }

  @Test
  void aFailingPageIsRetriedAutomaticallyThenSurfacesTypedAndHasNextRetriesIt() {
    LiveCoins client = client();
    for (int i = 0; i < 3; i++) client.recharge().purchase(pack(client, "coins-70"), "sandbox", TestCard.VISA).execute();
    server.faults().once(LIST_ROUTE, Fault.status(503));
    assertThat(client.recharge().orders(OrderQuery.all()).execute().items()).hasSize(3);

    Iterator<Receipt> it = client.recharge().allOrders(OrderQuery.all().withLimit(2)).iterator();
    it.next();
    it.next();
    server.faults().script(LIST_ROUTE, Fault.status(503), Fault.status(503), Fault.status(503));
    assertThatThrownBy(it::hasNext).isInstanceOf(ServerException.class);
    assertThat(it.hasNext()).isTrue();
    it.next();
    assertThat(it.hasNext()).isFalse();

    server.faults().once(LIST_ROUTE, Fault.malformedBody());
    assertThatThrownBy(() -> client.recharge().orders(OrderQuery.all()).execute())
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void anotherUsersOrderHasNoReceipt() {
    LiveCoins alice = client();
    String order = alice.recharge().purchase(pack(alice, "coins-70"), "sandbox", TestCard.VISA).execute().order().id();
    LiveCoins bob = LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(DemoData.BOB, DemoData.BOB_TOKEN))
        .build();

    assertThatThrownBy(() -> bob.recharge().receipt(order).execute()).isInstanceOf(NotFoundException.class);
    assertThat(bob.recharge().orders(OrderQuery.all()).execute().items()).isEmpty();
  }

  @Test
  void badQueriesFailBeforeAnythingIsSent() {
    LiveCoins client = client();
    assertThatThrownBy(() -> OrderQuery.all().withLimit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderQuery.all().withLimit(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderQuery.all().withStatuses()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderQuery.all().withStatuses(OrderStatus.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderQuery.all().after(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.recharge().orders(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client.recharge().receipt("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(OrderQuery.all().withLimit(5).withStatuses(OrderStatus.COMPLETED))
        .isEqualTo(OrderQuery.all().withStatuses(OrderStatus.COMPLETED).withLimit(5));
    assertThat(server.requestLog()).isEmpty();
  }

  @Test
  void hostileOrOlderServersAreHandled() throws Exception {
    String order = "{\"id\":\"ord_1\",\"packageId\":\"coins-70\",\"coins\":70,\"bonusCoins\":0,"
        + "\"price\":{\"amountMinor\":99,\"currency\":\"USD\"},\"provider\":\"sandbox\",\"region\":\"US\","
        + "\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-25T10:00:00Z\",\"updatedAt\":\"2026-11-25T10:00:01Z\"}";
    try (MockWebServer hostile = MockServers.startLoopback()) {
      // 1. an older server: no references; 2. another order than asked; 3. a status not asked for;
      // 4-5. a cursor that loops; 6. a reference with a control character.
      hostile.enqueue(MockServers.json(200, "{\"items\":[" + order + "],\"nextCursor\":null}"));
      hostile.enqueue(MockServers.json(200, "{\"order\":" + order.replace("ord_1", "ord_2") + "}"));
      hostile.enqueue(MockServers.json(200, "{\"items\":[" + order + "],\"nextCursor\":null}"));
      hostile.enqueue(MockServers.json(200, "{\"items\":[" + order + "],\"nextCursor\":\"c1\"}"));
      hostile.enqueue(MockServers.json(200, "{\"items\":[" + order + "],\"nextCursor\":\"c1\"}"));
      hostile.enqueue(MockServers.json(200, "{\"items\":["
          + order.replace("\"provider\":\"sandbox\"", "\"provider\":\"sandbox\",\"supportReference\":\"LC\\u0007\"")
          + "],\"nextCursor\":null}"));
      LiveCoins client = client(hostile.url("/").toString());

      Receipt old = client.recharge().orders(OrderQuery.all()).execute().items().get(0);
      assertThat(old.supportReference()).isEqualTo("ord_1");
      assertThat(old.providerReference()).isNull();
      assertThatThrownBy(() -> client.recharge().receipt("ord_1").execute())
          .isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> client.recharge().orders(OrderQuery.all().withStatuses(OrderStatus.FAILED)).execute())
          .isInstanceOf(MalformedResponseException.class);
      Iterator<Receipt> it = client.recharge().allOrders(OrderQuery.all()).iterator();
      it.next();
      assertThatThrownBy(it::hasNext).isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> client.recharge().orders(OrderQuery.all()).execute())
          .isInstanceOf(MalformedResponseException.class);
    }
  }
}
