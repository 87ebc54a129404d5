package io.livecoins.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.Money;
import io.livecoins.RetryPolicy;
import io.livecoins.errors.AgeRestrictedException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.LimitExceededException;
import io.livecoins.errors.RegionMismatchException;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.payment.PaymentRequest;
import io.livecoins.payment.PaymentResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.InMemoryPendingOrderStore;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testing.MockUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 end to end (SDK against the mock backend): a 17-year-old's gift and recharge, a
 * limit-exceeding recharge and a purchase in another region fail typed before any money moves (ledger
 * unchanged, no order, the payment provider never asked), and the account read drives which buttons an
 * app shows.
 */
final class EligibilityEndToEndTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  /** The sandbox provider, counting how often the SDK asks it to authorize a payment. */
  static final class CountingProvider implements PaymentProvider {
    final SandboxPaymentProvider delegate = new SandboxPaymentProvider();
    final AtomicInteger authorizations = new AtomicInteger();

    @Override
    public String id() {
      return delegate.id();
    }

    @Override
    public void checkMethod(PaymentMethod method) {
      delegate.checkMethod(method);
    }

    @Override
    public PaymentResult authorize(PaymentRequest request) {
      authorizations.incrementAndGet();
      return delegate.authorize(request);
    }

    @Override
    public @Nullable String recoverAuthorization(String orderId) {
      return delegate.recoverAuthorization(orderId);
    }
  }

  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder()
      .clock(Clock.fixed(T0, ZoneOffset.UTC))
      .addUser(MockUser.viewer("tess", "token-tess").coins(50).ageRestricted(true).build()) // 17 years old
      .addUser(MockUser.viewer("sam", "token-sam").coins(500)
          .spendingLimit("recharge_daily", "parent", 1500).build())
      .build().start();
  private final CountingProvider provider = new CountingProvider();

  @AfterEach
  void tearDown() {
    server.assertConsistent();
    server.assertNoContractViolations();
    assertThat(server.requestViolations()).isEmpty();
    server.close();
  }

  private LiveCoins client(String userId, String token) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(AuthTokenProvider.of(userId, token))
        .paymentProvider(provider)
        .pendingOrderStore(new InMemoryPendingOrderStore())
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(false).build())
        .sleeper(new RecordingSleeper())
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .build();
  }

  private static CoinPackage pack(LiveCoins client, String id) {
    for (CoinPackage p : client.recharge().packages().execute()) {
      if (p.id().equals(id)) return p;
    }
    throw new AssertionError("no package " + id);
  }

  @Test
  void aSeventeenYearOldsGiftAndRechargeFailTypedBeforeAnyMoneyMoves() {
    LiveCoins tess = client("tess", "token-tess");
    int ledgerBefore = server.ledgerEntries().size();

    AgeRestrictedException gift = catchThrowableOfType(AgeRestrictedException.class,
        () -> tess.gifts().send("rose", "carol", "stream-carol", 1).execute());
    AgeRestrictedException recharge = catchThrowableOfType(AgeRestrictedException.class,
        () -> tess.recharge().purchase(pack(tess, "coins-70"), "sandbox", TestCard.VISA).execute());

    assertThat(gift.capability()).isEqualTo(Capability.GIFTING);
    assertThat(recharge.capability()).isEqualTo(Capability.RECHARGE);
    assertThat(gift.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(recharge.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(server.ledgerEntries()).hasSize(ledgerBefore);
    assertThat(server.wallet("tess").coins()).isEqualTo(50);
    assertThat(server.orders()).isEmpty();
    assertThat(provider.authorizations).hasValue(0);
  }

  @Test
  void theAccountReadDrivesWhichButtonsTheAppShows() {
    Account tess = client("tess", "token-tess").account().get().execute();
    Account sam = client("sam", "token-sam").account().get().execute();

    // What an app does: hide the "Send gift" and "Buy coins" buttons instead of failing a tap.
    assertThat(tess.may(Capability.GIFTING)).isFalse();
    assertThat(tess.may(Capability.RECHARGE)).isFalse();
    assertThat(tess.eligibility(Capability.GIFTING).reason()).isEqualTo("age_restricted");
    assertThat(sam.may(Capability.GIFTING)).isTrue();
    assertThat(sam.may(Capability.RECHARGE)).isTrue();
    assertThat(sam.region()).isEqualTo("US");
    assertThat(sam.limit(LimitKind.RECHARGE_DAILY).limit()).isEqualTo(Money.of(1500, "USD"));
    assertThat(sam.limit(LimitKind.RECHARGE_DAILY).setBy()).isEqualTo(LimitSource.PARENT);
  }

  @Test
  void aLimitExceedingRechargeFailsTypedWithTheLimitWhatIsLeftAndTheResetAndNothingIsCharged() {
    LiveCoins sam = client("sam", "token-sam");
    assertThat(sam.recharge().purchase(pack(sam, "coins-700"), "sandbox", TestCard.VISA).execute().isCompleted())
        .isTrue();
    int authorizationsBefore = provider.authorizations.get();
    int ledgerBefore = server.ledgerEntries().size();
    sam.account().get().execute();

    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> sam.recharge().purchase(pack(sam, "coins-700"), "sandbox", TestCard.VISA).execute());

    assertThat(e.kind()).isEqualTo(LimitKind.RECHARGE_DAILY);
    assertThat(e.setBy()).isEqualTo(LimitSource.PARENT);
    assertThat(e.limit()).isEqualTo(Money.of(1500, "USD"));
    assertThat(e.remaining()).isEqualTo(Money.of(501, "USD"));
    assertThat(e.resetsAt()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(server.orders()).hasSize(1);
    assertThat(server.ledgerEntries()).hasSize(ledgerBefore);
    assertThat(provider.authorizations).hasValue(authorizationsBefore);
    assertThat(sam.account().cached()).as("the limit error emptied the account cache").isNull();
    assertThat(sam.account().get().execute().limit(LimitKind.RECHARGE_DAILY).remaining())
        .isEqualTo(Money.of(501, "USD"));
  }

  @Test
  void aUsAccountCannotGetJapanesePricesNorCreateAJapaneseOrder() {
    LiveCoins alice = client("alice", io.livecoins.testing.DemoData.ALICE_TOKEN);

    RegionMismatchException catalog = catchThrowableOfType(RegionMismatchException.class,
        () -> alice.recharge().packages("JP").execute());
    assertThat(catalog.accountRegion()).isEqualTo("US");
    assertThat(catalog.requestedRegion()).isEqualTo("JP");
    assertThat(catchThrowableOfType(RegionMismatchException.class, () -> alice.gifts().catalog("JP").execute()))
        .isNotNull();

    // A package built by hand at JP prices (what a tampered app could send): refused, no order.
    CoinPackage yen = CoinPackage.builder().id("coins-70").region("JP").coins(70)
        .price(Money.of(160, "JPY")).providers(List.of("sandbox")).build();
    RegionMismatchException order = catchThrowableOfType(RegionMismatchException.class,
        () -> alice.recharge().purchase(yen, "sandbox", TestCard.VISA).execute());
    assertThat(order.requestedRegion()).isEqualTo("JP");
    assertThat(server.orders()).isEmpty();
    assertThat(provider.authorizations).hasValue(0);
  }

  @Test
  void aSelfSetGiftingLimitIsEnforcedBeforeTheDebit() {
    LiveCoins sam = client("sam", "token-sam");
    Account after = sam.account().setLimit(LimitKind.GIFTING_PER_SEND, 10).execute();
    assertThat(after.limit(LimitKind.GIFTING_PER_SEND).limitCoins()).isEqualTo(10L);
    assertThat(after.limit(LimitKind.GIFTING_PER_SEND).setBy()).isEqualTo(LimitSource.SELF);

    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> sam.gifts().send("finger-heart", "carol", "stream-carol", 3).execute());

    assertThat(e.kind()).isEqualTo(LimitKind.GIFTING_PER_SEND);
    assertThat(e.limitCoins()).isEqualTo(10L);
    assertThat(e.resetsAt()).isNull();
    assertThat(server.wallet("sam").coins()).isEqualTo(500);
  }
}
