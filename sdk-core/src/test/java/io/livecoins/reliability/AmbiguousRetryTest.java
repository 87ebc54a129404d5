package io.livecoins.reliability;

import static io.livecoins.test.MockServers.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.errors.Effect;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.RetryPolicy;
import io.livecoins.gift.Gift;
import io.livecoins.gift.SendGiftResult;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LedgerEntry;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.WithdrawalResult;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * Found by the soak run: an attempt is cut off after the server committed, and every retry is then
 * refused before processing (429, or 401 after the one refresh). The last answer says nothing about
 * the first attempt, so the failure must say {@link Effect#UNKNOWN}, never "not charged"; a clone
 * with the same key then finds the committed result.
 */
final class AmbiguousRetryTest {
  private static final Gift ROSE = Gift.builder("rose", "Rose", 1).build();

  @Test
  void rateLimitedRetriesAfterACommittedAttemptLeaveTheOutcomeOpen() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(5).build().start()) {
      server.faults().script("POST /v1/creator/withdrawals",
          Fault.dropAfterCommit(), Fault.rateLimited(0), Fault.rateLimited(0), Fault.rateLimited(0));
      LiveCoins carol = client(server.url().toString(), DemoData.CAROL_TOKEN);
      Call<WithdrawalResult> call = carol.wallet().withdraw(2000, PayoutMethod.BANK);

      LiveCoinsException e = (LiveCoinsException) catchThrowable(call::execute);

      assertThat(e.code()).isEqualTo("rate_limited");
      assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
      assertThat(server.wallet(DemoData.CAROL).diamonds()).isEqualTo(8000); // it did happen
      WithdrawalResult settled = call.clone().execute();
      assertThat(settled.wallet().diamonds()).isEqualTo(8000);
      assertThat(server.ledgerEntries()).filteredOn(x -> x.type().equals("WITHDRAWAL"))
          .extracting(LedgerEntry::transactionId).containsOnly(server.ledgerEntries().stream()
              .filter(x -> x.type().equals("WITHDRAWAL")).findFirst().get().transactionId());
      server.assertConsistent();
    }
  }

  @Test
  void aGiftRateLimitedAfterADroppedAttemptIsUnknownAndChargedOnce() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(5).build().start()) {
      server.faults().script("POST /v1/gifts/send",
          Fault.dropAfterCommit(), Fault.rateLimited(0), Fault.rateLimited(0), Fault.rateLimited(0));
      LiveCoins bob = client(server.url().toString(), DemoData.BOB_TOKEN);
      Call<SendGiftResult> call = bob.gifts().send(ROSE, DemoData.CAROL, DemoData.CAROL_STREAM, 2);

      LiveCoinsException e = (LiveCoinsException) catchThrowable(call::execute);

      assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
      assertThat(call.clone().execute().wallet().coins()).isEqualTo(998);
      java.util.Set<String> postings = new java.util.HashSet<>();
      for (LedgerEntry x : server.ledgerEntries()) if (x.type().equals("GIFT_SENT")) postings.add(x.transactionId());
      assertThat(postings).hasSize(1);
      server.assertConsistent();
    }
  }

  @Test
  void aRateLimitedFirstAttemptIsStillNotApplied() {
    try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(5).build().start()) {
      server.faults().script("POST /v1/creator/withdrawals",
          Fault.rateLimited(0), Fault.rateLimited(0), Fault.rateLimited(0), Fault.rateLimited(0));
      LiveCoins carol = client(server.url().toString(), DemoData.CAROL_TOKEN);

      LiveCoinsException e = (LiveCoinsException)
          catchThrowable(() -> carol.wallet().withdraw(2000, PayoutMethod.BANK).execute());

      assertThat(e.code()).isEqualTo("rate_limited");
      assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
      assertThat(server.wallet(DemoData.CAROL).diamonds()).isEqualTo(10000);
    }
  }

  @Test
  void unauthenticatedAfterACutOffAttemptIsUnknown() throws Exception {
    try (MockWebServer server = MockServers.startLoopback()) {
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      server.enqueue(error(401, "unauthenticated", "{}"));
      server.enqueue(error(401, "unauthenticated", "{}"));
      LiveCoins bob = client(server.url("/").toString(), "token-bob");

      LiveCoinsException e = (LiveCoinsException)
          catchThrowable(() -> bob.gifts().send(ROSE, "carol", "stream-carol", 1).execute());

      assertThat(e.code()).isEqualTo("unauthenticated");
      assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  private static LiveCoins client(String url, String token) {
    return LiveCoins.builder()
        .baseUrl(url)
        .authTokenProvider(AuthTokenProvider.of(token.substring(token.lastIndexOf('-') + 1), token))
        .retryPolicy(RetryPolicy.builder().maxAttempts(4).jitter(false).build())
        .sleeper(new RecordingSleeper())
        .build();
  }
}
