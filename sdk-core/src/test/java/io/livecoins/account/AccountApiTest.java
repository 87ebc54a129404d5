package io.livecoins.account;

import io.livecoins.TestClock;
import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.LiveCoins;
import io.livecoins.Money;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.AgeRestrictedException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.LimitExceededException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.RegionMismatchException;
import io.livecoins.errors.RegionUnavailableException;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code client.account()} against MockWebServer: mapping, cache, limit changes, hostile answers. */
final class AccountApiTest {
  static final String ACCOUNT_JSON =
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":["
          + "{\"capability\":\"gifting\",\"allowed\":true},"
          + "{\"capability\":\"receiving_gifts\",\"allowed\":false,\"reason\":\"not_creator\"},"
          + "{\"capability\":\"recharge\",\"allowed\":false,\"reason\":\"age_restricted\"},"
          + "{\"capability\":\"teleport\",\"allowed\":true}],"
          + "\"limits\":["
          + "{\"kind\":\"recharge_daily\",\"setBy\":\"self\",\"limit\":{\"amountMinor\":5000,\"currency\":\"USD\"},"
          + "\"remaining\":{\"amountMinor\":4001,\"currency\":\"USD\"},\"resetsAt\":\"2026-11-26T00:00:00Z\","
          + "\"pendingLimit\":{\"amountMinor\":9000,\"currency\":\"USD\"},\"pendingEffectiveAt\":\"2026-11-26T10:00:00Z\"},"
          + "{\"kind\":\"gifting_per_send\",\"setBy\":\"parent\",\"limitCoins\":500},"
          + "{\"kind\":\"gifting_per_minute\",\"setBy\":\"backend\",\"limitCoins\":3}]}";


  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();
  private final TestClock clock = new TestClock();
  private final LiveCoins client =
      LiveCoins.builder()
          .baseUrl(server.url("/").toString())
          .authTokenProvider(AuthTokenProvider.of("bob", "demo-token-bob"))
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(false).build())
          .dispatcher(dispatcher)
          .clock(clock)
          .sleeper(new RecordingSleeper())
          .build();
  private final AccountApi account = client.account();

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
  }

  private static MockResponse error(int status, String code, String details) {
    return json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"m\",\"requestId\":\"req_1\","
        + "\"details\":" + details + "}}");
  }

  @Test
  void theAccountReadMapsEligibilityAndLimitsAndSkipsNamesNewerThanTheSdk() throws Exception {
    server.enqueue(json(200, ACCOUNT_JSON));

    Account a = account.get().execute();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/account");
    assertThat(a.userId()).isEqualTo("bob");
    assertThat(a.region()).isEqualTo("US");
    assertThat(a.currency()).isEqualTo("USD");
    assertThat(a.may(Capability.GIFTING)).isTrue();
    assertThat(a.may(Capability.RECHARGE)).isFalse();
    assertThat(a.eligibility(Capability.RECHARGE).reason()).isEqualTo("age_restricted");
    assertThat(a.may(Capability.WITHDRAWAL)).as("not listed: not known to be allowed").isFalse();
    assertThat(a.eligibility()).containsOnlyKeys(Capability.GIFTING, Capability.RECEIVING_GIFTS, Capability.RECHARGE);
    SpendingLimit daily = a.limit(LimitKind.RECHARGE_DAILY);
    assertThat(daily.setBy()).isEqualTo(LimitSource.SELF);
    assertThat(daily.limit()).isEqualTo(Money.of(5000, "USD"));
    assertThat(daily.remaining()).isEqualTo(Money.of(4001, "USD"));
    assertThat(daily.resetsAt()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    assertThat(daily.pendingLimit()).isEqualTo(Money.of(9000, "USD"));
    assertThat(daily.pendingEffectiveAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    SpendingLimit perSend = a.limit(LimitKind.GIFTING_PER_SEND);
    assertThat(perSend.setBy()).isEqualTo(LimitSource.PARENT);
    assertThat(perSend.limitCoins()).isEqualTo(500L);
    assertThat(perSend.limit()).isNull();
    assertThat(a.limits()).hasSize(2);
  }

  @Test
  void theReadIsCachedForAMinuteOnTheClientsClock() throws Exception {
    server.enqueue(json(200, ACCOUNT_JSON));
    server.enqueue(json(200, ACCOUNT_JSON));

    Account first = account.get().execute();
    clock.advance(Duration.ofSeconds(59));
    assertThat(account.get().execute()).isSameAs(first);
    assertThat(account.cached()).isSameAs(first);
    assertThat(server.getRequestCount()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(account.cached()).isNull();
    assertThat(account.get().execute()).isEqualTo(first).isNotSameAs(first);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anEligibilityOrLimitErrorFromAnyCallEmptiesTheCache() throws Exception {
    server.enqueue(json(200, ACCOUNT_JSON));
    account.get().execute();
    server.enqueue(error(403, "forbidden", "{\"reason\":\"age_restricted\",\"capability\":\"gifting\"}"));

    AgeRestrictedException e = catchThrowableOfType(AgeRestrictedException.class,
        () -> client.recharge().packages().execute());

    assertThat(e.capability()).isEqualTo(Capability.GIFTING);
    assertThat(account.cached()).isNull();

    server.enqueue(json(200, ACCOUNT_JSON));
    account.get().execute();
    server.enqueue(error(422, "limit_exceeded", "{\"limitKind\":\"gifting_daily\",\"setBy\":\"self\","
        + "\"limitCoins\":100,\"remainingCoins\":4,\"resetsAt\":\"2026-11-26T00:00:00Z\"}"));
    catchThrowableOfType(LimitExceededException.class,
        () -> client.recharge().packages().execute());
    assertThat(account.cached()).isNull();
  }

  @Test
  void settingALimitSendsTheKindAndAmountUnderOneKeyAndCachesTheAnswer() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, ACCOUNT_JSON));

    Account a = account.setLimit(LimitKind.RECHARGE_DAILY, Money.of(5000, "USD")).execute();

    RecordedRequest first = server.takeRequest();
    RecordedRequest retry = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(first.getTarget()).isEqualTo("/v1/account/limits");
    assertThat(first.getBody().utf8())
        .isEqualTo("{\"kind\":\"recharge_daily\",\"limit\":{\"amountMinor\":5000,\"currency\":\"USD\"}}");
    assertThat(retry.getHeaders().get("Idempotency-Key")).isNotNull()
        .isEqualTo(first.getHeaders().get("Idempotency-Key"));
    assertThat(account.cached()).isSameAs(a);

    server.enqueue(json(200, ACCOUNT_JSON));
    account.setLimit(LimitKind.GIFTING_DAILY, 100).execute();
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"kind\":\"gifting_daily\",\"limitCoins\":100}");
    server.enqueue(json(200, ACCOUNT_JSON));
    account.clearLimit(LimitKind.GIFTING_DAILY).execute();
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"kind\":\"gifting_daily\"}");
  }

  @Test
  void aCloneOfALimitChangeReusesItsIdempotencyKey() throws Exception {
    server.enqueue(error(503, "unavailable", "{}"));
    server.enqueue(error(503, "unavailable", "{}"));
    server.enqueue(json(200, ACCOUNT_JSON));
    Call<Account> call = account.setLimit(LimitKind.GIFTING_PER_SEND, 50);
    catchThrowableOfType(io.livecoins.errors.ServerException.class, call::execute);

    call.clone().execute();

    String key = server.takeRequest().getHeaders().get("Idempotency-Key");
    for (int i = 1; i < server.getRequestCount(); i++) {
      assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(key);
    }
  }

  @Test
  void aLimitInTheWrongUnitOrOfAKindTheUserCannotSetIsRefusedWithNothingSent() {
    assertThatThrownBy(() -> account.setLimit(LimitKind.GIFTING_DAILY, Money.of(5, "USD")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> account.setLimit(LimitKind.RECHARGE_DAILY, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> account.setLimit(LimitKind.WITHDRAWAL_DAILY, Money.of(5, "USD")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> account.clearLimit(LimitKind.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> account.setLimit(LimitKind.GIFTING_DAILY, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[null],\"limits\":[]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[{\"capability\":\"gifting\"}],\"limits\":[]}",
      "{\"userId\":\"mallory\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[],\"limits\":[]}",
      "{\"userId\":\"bob\",\"region\":\"usa\",\"currency\":\"USD\",\"capabilities\":[],\"limits\":[]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"ZZZ\",\"capabilities\":[],\"limits\":[]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"XAU\",\"capabilities\":[],\"limits\":[]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[{\"capability\":\"gifting\",\"allowed\":true},{\"capability\":\"gifting\",\"allowed\":false}],\"limits\":[]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[],\"limits\":[{\"kind\":\"gifting_daily\",\"setBy\":\"self\",\"limitCoins\":99999999999999999999}]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[],\"limits\":[{\"kind\":\"gifting_daily\",\"setBy\":\"self\",\"limitCoins\":-5}]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[],\"limits\":[{\"kind\":\"gifting_daily\",\"setBy\":\"self\"}]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[],\"limits\":[{\"kind\":\"recharge_daily\",\"setBy\":\"self\",\"limitCoins\":5}]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[],\"limits\":[{\"kind\":\"recharge_daily\",\"setBy\":\"self\",\"limit\":{\"amountMinor\":5,\"currency\":\"JPY\"}}]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[],\"limits\":[{\"kind\":\"recharge_daily\",\"setBy\":\"self\",\"limit\":{\"amountMinor\":1.5,\"currency\":\"USD\"}}]}",
      "{\"userId\":\"bob\",\"region\":\"US\",\"currency\":\"USD\",\"capabilities\":[],\"limits\":[{\"kind\":\"gifting_daily\",\"setBy\":\"self\",\"limitCoins\":5},{\"kind\":\"gifting_daily\",\"setBy\":\"parent\",\"limitCoins\":1}]}",
      "[1,2,3]",
  })
  void aHostileAccountAnswerIsAMalformedResponseAndIsNotCached(String body) throws Exception {
    server.enqueue(json(200, body));

    MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class, () -> account.get().execute());

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(account.cached()).isNull();
  }

  @Test
  void eligibilityErrorsAreTypedAndSayWhatIsRestrictedAndWhere() {
    server.enqueue(error(403, "forbidden", "{\"reason\":\"region_mismatch\",\"accountRegion\":\"US\",\"requestedRegion\":\"JP\"}"));
    RegionMismatchException mismatch =
        catchThrowableOfType(RegionMismatchException.class, () -> client.recharge().packages("JP").execute());
    assertThat(mismatch.accountRegion()).isEqualTo("US");
    assertThat(mismatch.requestedRegion()).isEqualTo("JP");
    assertThat(mismatch.reason()).isEqualTo("region_mismatch");
    assertThat(mismatch).isInstanceOf(ForbiddenException.class);

    server.enqueue(error(403, "forbidden", "{\"reason\":\"region_unavailable\",\"region\":\"<script>\"}"));
    RegionUnavailableException unavailable =
        catchThrowableOfType(RegionUnavailableException.class, () -> client.recharge().packages().execute());
    assertThat(unavailable.region()).as("a malformed region is dropped").isNull();

    server.enqueue(error(403, "forbidden", "{\"reason\":\"age_restricted\",\"capability\":\"time_travel\"}"));
    AgeRestrictedException age =
        catchThrowableOfType(AgeRestrictedException.class, () -> client.recharge().packages().execute());
    assertThat(age.capability()).isEqualTo(Capability.UNKNOWN);
    assertThat(age.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void aLimitErrorSaysWhichLimitWhoSetItWhatIsLeftAndWhenItResets() {
    server.enqueue(error(422, "limit_exceeded", "{\"limitKind\":\"recharge_daily\",\"setBy\":\"parent\","
        + "\"limit\":{\"amountMinor\":2000,\"currency\":\"USD\"},\"remaining\":{\"amountMinor\":1,\"currency\":\"USD\"},"
        + "\"resetsAt\":\"2026-11-26T00:00:00Z\"}"));
    LimitExceededException e =
        catchThrowableOfType(LimitExceededException.class, () -> client.recharge().packages().execute());
    assertThat(e.kind()).isEqualTo(LimitKind.RECHARGE_DAILY);
    assertThat(e.setBy()).isEqualTo(LimitSource.PARENT);
    assertThat(e.limit()).isEqualTo(Money.of(2000, "USD"));
    assertThat(e.remaining()).isEqualTo(Money.of(1, "USD"));
    assertThat(e.resetsAt()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    assertThat(e.limitCoins()).isNull();
    assertThat(e.spendingLimit().kind()).isEqualTo(LimitKind.RECHARGE_DAILY);

    server.enqueue(error(422, "limit_exceeded", "{\"limitKind\":\"gifting_per_fortnight\",\"limitCoins\":-3}"));
    LimitExceededException unknown =
        catchThrowableOfType(LimitExceededException.class, () -> client.recharge().packages().execute());
    assertThat(unknown.kind()).isEqualTo(LimitKind.UNKNOWN);
    assertThat(unknown.setBy()).isEqualTo(LimitSource.UNKNOWN);
    assertThat(unknown.limitCoins()).as("a negative count is not trusted").isNull();

    server.enqueue(error(422, "limit_exceeded", "{\"limit\":{\"amountMinor\":100000,\"currency\":\"USD\"}}"));
    LimitExceededException older =
        catchThrowableOfType(LimitExceededException.class, () -> client.recharge().packages().execute());
    assertThat(older.kind()).as("an older backend's withdrawal cap").isEqualTo(LimitKind.WITHDRAWAL_DAILY);
    assertThat(older.setBy()).isEqualTo(LimitSource.BACKEND);

    server.enqueue(error(422, "limit_exceeded", "{\"limitKind\":\"gifting_daily\",\"limitCoins\":1e400}"));
    catchThrowableOfType(MalformedResponseException.class, () -> client.recharge().packages().execute());
  }

  @Test
  void withoutARegionTheCatalogsNameNoneAndTheServerPicksTheAccounts() throws Exception {
    server.enqueue(json(200, "{\"region\":\"JP\",\"currency\":\"JPY\",\"packages\":[{\"id\":\"coins-70\",\"coins\":70,"
        + "\"bonusCoins\":0,\"price\":{\"amountMinor\":160,\"currency\":\"JPY\"},\"providers\":[\"sandbox\"]}]}"));

    assertThat(client.region()).isNull();
    assertThat(client.recharge().packages().execute().get(0).region()).isEqualTo("JP");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v1/coin-packages");
  }

  @Test
  void aFailingAccountReadKeepsItsTypedError() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    assertThat(catchThrowableOfType(NetworkException.class, () -> account.get().execute())).isNotNull();
    assertThat(account.cached()).isNull();
  }
}
