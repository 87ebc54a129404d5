package io.livecoins.testing;

import static io.livecoins.testing.DemoData.ALICE_TOKEN;
import static io.livecoins.testing.DemoData.BOB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hosted checkout page and its session API, driven by plain HTTP form posts (the browser test is in the JVM sample). */
class HostedCheckoutPageTest {
  static final String RETURN = "myapp://livecoins/checkout-return";

  @RegisterExtension
  final LiveCoinsMockServerExtension mock = LiveCoinsMockServerExtension.configured(b -> b.seed(3)
      // Prices are bound to the account's region (#14): one viewer per region the tests shop in.
      .addUser(MockUser.viewer("indah", ID_TOKEN).region("ID").build())
      .addUser(MockUser.viewer("george", GB_TOKEN).region("GB").build())
      .addUser(MockUser.viewer("dieter", DE_TOKEN).region("DE").build()));
  static final String ID_TOKEN = "token-indah";
  static final String GB_TOKEN = "token-george";
  static final String DE_TOKEN = "token-dieter";

  // A browser that does not follow redirects, so the test sees where the page sends the user.
  final OkHttpClient browser = new OkHttpClient.Builder().followRedirects(false)
      .readTimeout(Duration.ofSeconds(10)).build();

  @AfterEach
  void contractHeld() {
    mock.server().assertNoContractViolations();
    assertThat(mock.server().requestViolations()).isEmpty();
    mock.server().assertConsistent();
  }

  TestApi api() {
    return new TestApi(mock.server());
  }

  String order(String token, String region) {
    TestApi.Resp catalog = api().get(token, "/v1/coin-packages?region=" + region);
    Object price = catalog.items("packages").get(2).get("price");
    TestApi.Resp created = api().post(token, "/v1/recharge-orders", "create-" + region + token.length(),
        Map.of("packageId", "coins-700", "provider", "web", "region", region, "expectedPrice", price));
    assertThat(created.code()).isEqualTo(201);
    return (String) created.obj("order").get("id");
  }

  Map<String, Object> open(String token, String orderId, String key) {
    TestApi.Resp r = api().post(token, "/v1/recharge-orders/" + orderId + "/checkout-session", key,
        Map.of("returnUrl", RETURN));
    assertThat(r.code()).as(r.body()).isEqualTo(200);
    return r.obj("session");
  }

  okhttp3.Response submit(String url, String method, String outcome) throws Exception {
    FormBody.Builder form = new FormBody.Builder().add("outcome", outcome);
    if (method != null) form.add("method", method);
    return browser.newCall(new Request.Builder().url(url).post(form.build()).build()).execute();
  }

  String page(String url) throws Exception {
    try (okhttp3.Response r = browser.newCall(new Request.Builder().url(url).build()).execute()) {
      assertThat(r.header("Content-Type")).startsWith("text/html");
      return r.body().string();
    }
  }

  long coins(String userId) {
    return mock.server().wallet(userId).coins();
  }

  @Test
  void pageOffersPayPalPlusTheRegionsWalletsAndBankTransfers() throws Exception {
    Map<String, Object> us = open(ALICE_TOKEN, order(ALICE_TOKEN, "US"), "k1");
    assertThat(us.get("status")).isEqualTo("OPEN");
    assertThat(us.get("url").toString()).startsWith(mock.server().url().toString() + "checkout/");
    String html = page((String) us.get("url"));
    assertThat(html).contains("PayPal", "Venmo", "Bank transfer (ACH)", "735 coins", "9.99 USD",
        "id=\"approve\"", "id=\"decline\"", "id=\"pending\"", "id=\"close\"").doesNotContain("<script");

    Map<String, Object> id = open(ID_TOKEN, order(ID_TOKEN, "ID"), "k2");
    assertThat(id.get("methods").toString()).contains("OVO", "GoPay", "BANK_TRANSFER", "PayPal");
  }

  @Test
  void approvingCreditsTheOrderOnceOnTheServerAndReturnsToTheApp() throws Exception {
    String orderId = order(ALICE_TOKEN, "US");
    long before = coins("alice");
    Map<String, Object> s = open(ALICE_TOKEN, orderId, "k1");
    try (okhttp3.Response r = submit((String) s.get("url"), "paypal", "approve")) {
      assertThat(r.code()).isEqualTo(303);
      assertThat(r.header("Location")).isEqualTo(RETURN + "?session=" + s.get("id") + "&result=paid");
    }
    assertThat(coins("alice")).isEqualTo(before + 735);
    TestApi.Resp session = api().get(ALICE_TOKEN, "/v1/checkout-sessions/" + s.get("id"));
    assertThat(session.obj("session")).containsEntry("status", "PAID").containsEntry("method", "paypal");
    TestApi.Resp order = api().get(ALICE_TOKEN, "/v1/recharge-orders/" + orderId);
    assertThat(order.obj("order")).containsEntry("status", "COMPLETED");
    // Paying again is refused: the page is no longer open.
    try (okhttp3.Response again = submit((String) s.get("url"), "paypal", "approve")) {
      assertThat(again.code()).isEqualTo(409);
    }
    assertThat(coins("alice")).isEqualTo(before + 735);
  }

  @Test
  void closingThePageCancelsTheSessionAndNothingCanBePaidAfterwards() throws Exception {
    String orderId = order(GB_TOKEN, "GB");
    Map<String, Object> s = open(GB_TOKEN, orderId, "k1");
    try (okhttp3.Response r = submit((String) s.get("url"), null, "close")) {
      assertThat(r.header("Location")).endsWith("&result=cancelled");
    }
    try (okhttp3.Response r = submit((String) s.get("url"), "paypal", "approve")) {
      assertThat(r.code()).isEqualTo(409);
    }
    assertThat(api().get(GB_TOKEN, "/v1/recharge-orders/" + orderId).obj("order"))
        .containsEntry("status", "AWAITING_PAYMENT");
    assertThat(mock.server().checkout().sessions()).containsEntry((String) s.get("id"), "CANCELLED");
  }

  @Test
  void cancelClosesAnOpenSessionButAnswersAPaidOneAsPaid() throws Exception {
    Map<String, Object> open = open(ALICE_TOKEN, order(ALICE_TOKEN, "US"), "k1");
    TestApi.Resp cancelled = api().post(ALICE_TOKEN, "/v1/checkout-sessions/" + open.get("id") + "/cancel", "c1", Map.of());
    assertThat(cancelled.obj("session")).containsEntry("status", "CANCELLED");

    Map<String, Object> paid = open(DE_TOKEN, order(DE_TOKEN, "DE"), "k2");
    submit((String) paid.get("url"), "sepa", "approve").close();
    TestApi.Resp late = api().post(DE_TOKEN, "/v1/checkout-sessions/" + paid.get("id") + "/cancel", "c2", Map.of());
    assertThat(late.code()).isEqualTo(200);
    assertThat(late.obj("session")).containsEntry("status", "PAID");
  }

  @Test
  void declineFailsTheOrderAndStayPendingLeavesItPendingUntilSettled() throws Exception {
    String declined = order(ALICE_TOKEN, "US");
    Map<String, Object> s1 = open(ALICE_TOKEN, declined, "k1");
    submit((String) s1.get("url"), "venmo", "decline").close();
    assertThat(api().get(ALICE_TOKEN, "/v1/recharge-orders/" + declined).obj("order"))
        .containsEntry("status", "FAILED").containsEntry("failureReason", "declined");

    long before = coins("dieter");
    String pending = order(DE_TOKEN, "DE");
    Map<String, Object> s2 = open(DE_TOKEN, pending, "k2");
    try (okhttp3.Response r = submit((String) s2.get("url"), "sepa", "pending")) {
      assertThat(r.header("Location")).endsWith("&result=pending");
    }
    assertThat(api().get(DE_TOKEN, "/v1/recharge-orders/" + pending).obj("order")).containsEntry("status", "PENDING");
    mock.server().checkout().settlePending((String) s2.get("id"));
    assertThat(api().get(DE_TOKEN, "/v1/recharge-orders/" + pending).obj("order")).containsEntry("status", "COMPLETED");
    assertThat(coins("dieter")).isEqualTo(before + 735);
  }

  @Test
  void faultsOnCueLoseTheReturnAndDelayTheCompletion() throws Exception {
    mock.server().checkout().loseReturns(1).delayCompletion(2);
    String orderId = order(ALICE_TOKEN, "US");
    long before = coins("alice");
    Map<String, Object> s = open(ALICE_TOKEN, orderId, "k1");
    try (okhttp3.Response r = submit((String) s.get("url"), "paypal", "approve")) {
      assertThat(r.code()).isEqualTo(200); // no redirect: the return is lost
      assertThat(r.body().string()).contains("You can close this window");
    }
    assertThat(coins("alice")).isEqualTo(before);
    assertThat(api().get(ALICE_TOKEN, "/v1/recharge-orders/" + orderId).obj("order")).containsEntry("status", "PENDING");
    assertThat(api().get(ALICE_TOKEN, "/v1/recharge-orders/" + orderId).obj("order")).containsEntry("status", "COMPLETED");
    assertThat(coins("alice")).isEqualTo(before + 735);
  }

  @Test
  void anOpenSessionIsAnsweredAgainAndAnotherUsersSessionIsNotFound() {
    String orderId = order(ALICE_TOKEN, "US");
    Map<String, Object> first = open(ALICE_TOKEN, orderId, "k1");
    Map<String, Object> second = open(ALICE_TOKEN, orderId, "k2");
    assertThat(second.get("id")).isEqualTo(first.get("id"));
    TestApi.Resp bob = api().get(BOB_TOKEN, "/v1/checkout-sessions/" + first.get("id"));
    assertThat(bob.code()).isEqualTo(404);
    assertThat(bob.details()).containsEntry("resource", "checkout_session");
  }

  @Test
  void onlyWebOrdersGetAPage() {
    TestApi.Resp catalog = api().get(ALICE_TOKEN, "/v1/coin-packages?region=US");
    TestApi.Resp created = api().post(ALICE_TOKEN, "/v1/recharge-orders", "c", Map.of("packageId", "coins-70",
        "provider", "sandbox", "region", "US", "expectedPrice", catalog.items("packages").get(0).get("price")));
    String id = (String) created.obj("order").get("id");
    TestApi.Resp r = api().post(ALICE_TOKEN, "/v1/recharge-orders/" + id + "/checkout-session", "k",
        Map.of("returnUrl", RETURN));
    assertThat(r.code()).isEqualTo(400);
    assertThat(r.details()).containsEntry("field", "provider");
  }
}
