package io.livecoins.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.Money;
import io.livecoins.RetryPolicy;
import io.livecoins.gift.Gift;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.InMemoryPendingOrderStore;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Wallet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the corpus in {@code src/test/resources/hostile/} (listed in {@code corpus.tsv}): every
 * hostile or broken server answer gives a {@link MalformedResponseException} (or the typed error
 * or quiet acceptance the contract calls for), never any other exception, and never changes the
 * cached wallet or notifies a wallet listener.
 */
final class HostileResponseCorpusTest {
  private static final Wallet PRIMED = Wallet.builder().userId("bob").coins(500).version(10).build();
  private static final String PRIMED_JSON =
      "{\"userId\":\"bob\",\"coins\":500,\"diamonds\":0,\"version\":10}";
  private static final String ORDER_JSON =
      "{\"id\":\"ord_000001\",\"packageId\":\"coins-70\",\"coins\":70,\"bonusCoins\":0,"
          + "\"price\":{\"amountMinor\":99,\"currency\":\"USD\"},\"provider\":\"sandbox\",\"region\":\"US\","
          + "\"status\":\"AWAITING_PAYMENT\",\"createdAt\":\"2026-11-25T10:00:00Z\",\"updatedAt\":\"2026-11-25T10:00:00Z\"}";
  private static final Gift ROSE =
      Gift.builder("rose", "Rose", 1).build();
  private static final CoinPackage COINS_70 =
      CoinPackage.builder().id("coins-70").region("US").coins(70).price(Money.of(99, "USD"))
          .providers(Collections.singletonList("sandbox")).build();

  private final MockWebServer server = MockServers.startLoopback();

  @AfterEach
  void tearDown() {
    server.close();
  }

  /** One line of {@code corpus.tsv}. */
  static final class Case {
    final String name;
    final String call;
    final int status;
    final String contentType;
    final String expect;

    Case(String[] columns) {
      this.name = columns[0];
      this.call = columns[1];
      this.status = Integer.parseInt(columns[2]);
      this.contentType = columns[3];
      this.expect = columns[4];
    }

    @Override
    public String toString() {
      return name + " (" + call + ", HTTP " + status + ", expect " + expect + ")";
    }
  }

  static List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    for (String line : resource("corpus.tsv").split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] columns = line.split("\t");
      if (columns.length != 5) throw new AssertionError("bad corpus line: " + line);
      cases.add(new Case(columns));
    }
    return cases;
  }

  static Stream<Case> cases() {
    return corpus().stream();
  }

  @Test
  void corpusHasAtLeastFortyCasesEachWithABody() {
    List<Case> cases = corpus();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    for (Case c : cases) {
      assertThat(bodyOf(c)).as(c.name).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileAnswerIsTypedAndLeavesTheCachedWalletAlone(Case c) {
    server.setDispatcher(new CorpusDispatcher(c));
    List<Wallet> heard = new CopyOnWriteArrayList<>();
    LiveCoins client =
        LiveCoins.builder()
            .baseUrl(server.url("/").toString())
            .authTokenProvider(AuthTokenProvider.of("bob", "token-bob"))
            .paymentProvider(new SandboxPaymentProvider())
            .pendingOrderStore(new InMemoryPendingOrderStore())
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(false).build())
            .sleeper(new RecordingSleeper())
            .build();
    client.wallet().addListener(heard::add);
    assertThat(client.wallet().balance().execute()).isEqualTo(PRIMED);

    Throwable thrown = catchThrowable(() -> run(client, c.call));

    if (c.expect.equals("ignored")) {
      assertThat(thrown).as(c.name).isNull();
    } else if (c.expect.equals("malformed")) {
      assertThat(thrown).as(c.name).isExactlyInstanceOf(MalformedResponseException.class);
      assertThat(((LiveCoinsException) thrown).code()).isEqualTo("malformed_response");
    } else {
      String code = c.expect.substring("error:".length());
      assertThat(thrown).as(c.name).isInstanceOf(LiveCoinsException.class);
      assertThat(((LiveCoinsException) thrown).code()).as(c.name).isEqualTo(code);
    }
    assertThat(client.wallet().cached()).as(c.name + ": cached wallet").isEqualTo(PRIMED);
    assertThat(heard).as(c.name + ": wallet listener").containsExactly(PRIMED);
  }

  private static void run(LiveCoins client, String call) {
    switch (call) {
      case "balance":
        client.wallet().balance().execute();
        return;
      case "transactions":
        client.wallet().transactions().execute();
        return;
      case "packages":
        client.recharge().packages("US").execute();
        return;
      case "gifts":
        client.gifts().catalog("US").execute();
        return;
      case "leaderboard":
        client.gifts().leaderboard("stream-carol", 10).execute();
        return;
      case "send":
        client.gifts().send(ROSE, "carol", "stream-carol", 1).execute();
        return;
      case "withdraw":
        client.wallet().withdraw(2000, PayoutMethod.BANK).execute();
        return;
      case "earnings":
        client.wallet().earnings().execute();
        return;
      case "order":
        client.recharge().order("ord_000001").execute();
        return;
      case "create":
      case "confirm":
        client.recharge().purchase(COINS_70, "sandbox", TestCard.VISA).execute();
        return;
      default:
        throw new AssertionError("unknown call " + call);
    }
  }

  /** Serves the priming wallet, valid answers for the steps before the hostile one, then the case. */
  private static final class CorpusDispatcher extends Dispatcher {
    private final Case c;
    private boolean primed;

    CorpusDispatcher(Case c) {
      this.c = c;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      String route = request.getMethod() + " " + request.getUrl().encodedPath();
      if (route.equals("GET /v1/wallet") && !primed) {
        primed = true;
        return MockServers.json(200, PRIMED_JSON);
      }
      if (route.equals(routeOf(c.call))) return hostile(c);
      if (route.equals("POST /v1/recharge-orders")) {
        return MockServers.json(201, "{\"order\":" + ORDER_JSON + "}");
      }
      return MockServers.error(404, "not_found", "{\"resource\":\"order\"}");
    }
  }

  private static String routeOf(String call) {
    switch (call) {
      case "balance":
        return "GET /v1/wallet";
      case "transactions":
        return "GET /v1/wallet/transactions";
      case "packages":
        return "GET /v1/coin-packages";
      case "gifts":
        return "GET /v1/gifts";
      case "leaderboard":
        return "GET /v1/streams/stream-carol/leaderboard";
      case "send":
        return "POST /v1/gifts/send";
      case "withdraw":
        return "POST /v1/creator/withdrawals";
      case "earnings":
        return "GET /v1/creator/earnings";
      case "order":
        return "GET /v1/recharge-orders/ord_000001";
      case "create":
        return "POST /v1/recharge-orders";
      case "confirm":
        return "POST /v1/recharge-orders/ord_000001/confirm";
      default:
        throw new AssertionError("unknown call " + call);
    }
  }

  private static MockResponse hostile(Case c) {
    MockResponse.Builder builder = new MockResponse.Builder().code(c.status).setHeader("Request-Id", "req_hostile");
    if (!c.contentType.equals("-")) builder.setHeader("Content-Type", c.contentType);
    if (c.name.equals("gen-balance-huge-chunked")) {
      return builder.chunkedBody(huge(), 64 * 1024).build();
    }
    return builder.body(bodyOf(c)).build();
  }

  private static String bodyOf(Case c) {
    if (c.name.startsWith("gen-")) return huge();
    return resource(c.name + ".json");
  }

  /** A valid wallet padded past the 1 MiB response cap. */
  private static String huge() {
    char[] pad = new char[2 * 1024 * 1024];
    Arrays.fill(pad, 'x');
    return "{\"userId\":\"bob\",\"coins\":5,\"diamonds\":0,\"version\":11,\"pad\":\"" + new String(pad) + "\"}";
  }

  private static String resource(String name) {
    try (InputStream in = HostileResponseCorpusTest.class.getResourceAsStream("/hostile/" + name)) {
      if (in == null) throw new AssertionError("missing test resource hostile/" + name);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) != -1; ) out.write(buffer, 0, n);
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
