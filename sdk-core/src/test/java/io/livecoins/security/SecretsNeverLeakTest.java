package io.livecoins.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.AuthTokenProvider;
import io.livecoins.Call;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.RetryPolicy;
import io.livecoins.gift.Gift;
import io.livecoins.gift.GiftCombo;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.payment.PaymentRequest;
import io.livecoins.payment.PaymentResult;
import io.livecoins.payment.SandboxPaymentProvider;
import io.livecoins.payment.TestCard;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.FilePendingOrderStore;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testing.DemoData;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LiveCoinsMockServer;
import io.livecoins.testlog.CapturedLogs;
import io.livecoins.wallet.PayoutMethod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets stay secret: over a full run at TRACE (purchases that succeed, decline, stay pending,
 * fail once, end uncertain and are resumed; a token refresh; gifts, a combo, a refusal; a creator's
 * withdrawal; faults that make the pipeline log retries and errors) no log line and no exception
 * message carries a bearer token, a payment token or a card number; and the pending-order file holds
 * no card data and no bearer token and is readable by its owner only.
 */
final class SecretsNeverLeakTest {
  private static final String STALE_BEARER = "stale-bearer-7f3a9c";
  private static final String[] CARD_NUMBERS = {
    "4242424242424242", "4242 4242 4242 4242", "4242-4242-4242-4242", "4000000000000002",
    "4000000000009995", "4000002500003155", "5555555555554444",
  };

  @TempDir Path dir;
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(3).build().start();
  private final RecordingProvider provider = new RecordingProvider();
  private final List<String> messages = new CopyOnWriteArrayList<>();

  @AfterEach
  void tearDown() {
    server.assertConsistent();
    server.close();
  }

  @Test
  void traceLogsAndErrorsOfAFullRunCarryNoBearerTokenPaymentTokenOrCardNumber() {
    String text;
    try (CapturedLogs logs = CapturedLogs.start()) {
      fullRun();
      text = sdkLines(logs);
      assertThat(logs.lines()).anyMatch(l -> l.startsWith("TRACE io.livecoins.http"));
    }

    assertThat(provider.tokens).as("payment tokens issued").hasSizeGreaterThanOrEqualTo(5);
    assertThat(text).contains("Authorization: ").contains("--> POST ").contains("/v1/recharge-orders/").contains("/confirm");
    List<String> secrets = new ArrayList<>();
    secrets.add(DemoData.ALICE_TOKEN);
    secrets.add(DemoData.CAROL_TOKEN);
    secrets.add(STALE_BEARER);
    secrets.addAll(provider.tokens);
    for (String card : CARD_NUMBERS) secrets.add(card);
    for (String secret : secrets) {
      assertThat(text).as("logs").doesNotContain(secret);
      for (String message : messages) assertThat(message).as("exception message").doesNotContain(secret);
    }
    assertThat(text).doesNotContain("sbx1.");
  }

  @Test
  void thePendingOrderFileHoldsNoCardDataNoBearerTokenAndIsOwnerOnly() throws Exception {
    Path file = dir.resolve("app").resolve("livecoins-pending-orders.json");
    Files.createDirectories(file.getParent());
    // A file left world-readable (an older version, a backup restore): the next write fixes it.
    Files.write(file, "{\"format\":\"livecoins-pending-orders\",\"version\":1,\"orders\":[]}".getBytes(StandardCharsets.UTF_8));
    if (posix(file)) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    server.faults().once("POST /v1/recharge-orders/{id}/confirm", Fault.dropBeforeProcessing());
    LiveCoins alice = client(DemoData.ALICE_TOKEN, new FilePendingOrderStore(file), RetryPolicy.none());

    catchThrowable(() -> alice.recharge().purchase(pack(alice, "coins-70"), "sandbox", TestCard.VISA).execute());

    PendingOrder record = new FilePendingOrderStore(file).all().get(0);
    assertThat(record.state()).isEqualTo(PendingOrder.State.AUTHORIZED); // the token is needed to finish it
    String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    for (String card : CARD_NUMBERS) assertThat(content).doesNotContain(card);
    assertThat(content).doesNotContain(DemoData.ALICE_TOKEN).doesNotContain("Bearer").doesNotContain("4242");
    assertThat(content).doesNotContainIgnoringCase("cvc").doesNotContainIgnoringCase("card");
    if (posix(file)) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      assertThat(PosixFilePermissions.toString(permissions)).isEqualTo("rw-------");
    }
    Path lock = file.resolveSibling(file.getFileName() + ".lock");
    try (var siblings = Files.list(file.getParent())) {
      // No temporary copy left with the token in it; the lock file beside it stays empty.
      assertThat(siblings).containsExactlyInAnyOrder(file, lock);
    }
    assertThat(Files.size(lock)).isZero();
    alice.recharge().resumePending().execute();
    assertThat(server.wallet(DemoData.ALICE).coins()).isEqualTo(70);
    String emptied = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    assertThat(emptied).doesNotContain("sbx1.");
  }

  // ------------------------------------------------------------------------------- the run

  private void fullRun() {
    RotatingToken aliceToken = new RotatingToken(STALE_BEARER, DemoData.ALICE_TOKEN);
    LiveCoins alice =
        client(aliceToken, new FilePendingOrderStore(dir.resolve("alice.json")), RetryPolicy.builder().maxAttempts(3).jitter(false).build());
    LiveCoins carol = client(DemoData.CAROL_TOKEN, new FilePendingOrderStore(dir.resolve("carol.json")),
        RetryPolicy.builder().maxAttempts(3).jitter(false).build());
    CoinPackage small = pack(alice, "coins-350");

    attempt(() -> alice.recharge().purchase(small, "sandbox", TestCard.VISA));
    attempt(() -> alice.recharge().purchase(small, "sandbox", TestCard.DECLINED));
    attempt(() -> alice.recharge().purchase(small, "sandbox", TestCard.of("4242 4242 4242 4242").pendingFor(2)));
    attempt(() -> alice.recharge().purchase(small, "sandbox", TestCard.VISA.failingConfirmations(1)));
    attempt(() -> alice.recharge().purchase(small, "sandbox", TestCard.AUTHENTICATION_REQUIRED));
    attempt(() -> alice.recharge().purchase(small, "sandbox", TestCard.VISA.cancelledByUser()));
    server.faults().script("POST /v1/recharge-orders/{id}/confirm", Fault.dropAfterCommit(), Fault.malformedBody());
    attempt(() -> alice.recharge().purchase(small, "sandbox", TestCard.VISA));
    attempt(() -> alice.recharge().purchase(small, "sandbox", TestCard.MASTERCARD));
    attempt(() -> alice.recharge().purchase(small, "sandbox", TestCard.VISA.outcomeUnknown()));
    attempt(() -> alice.recharge().resumePending());

    Gift rose = Gift.builder("rose", "Rose", 1).build();
    server.faults().once("POST /v1/gifts/send", Fault.status(503));
    attempt(() -> alice.gifts().send(rose, DemoData.CAROL, DemoData.CAROL_STREAM, 3));
    attempt(() -> alice.gifts().send("universe", DemoData.CAROL, DemoData.CAROL_STREAM, 100));
    GiftCombo combo = alice.gifts().combo(rose, DemoData.CAROL, DemoData.CAROL_STREAM);
    for (int i = 0; i < 5; i++) combo.tap();
    combo.close();
    attempt(() -> alice.wallet().transactions());
    attempt(() -> alice.gifts().leaderboard(DemoData.CAROL_STREAM, 10));
    attempt(() -> carol.wallet().earnings());
    server.faults().once("POST /v1/creator/withdrawals", Fault.rateLimited(0));
    attempt(() -> carol.wallet().withdraw(2000, PayoutMethod.PAYPAL));
    attempt(() -> alice.wallet().withdraw(2000, PayoutMethod.BANK)); // not a creator
    attempt(() -> alice.wallet().balance());
  }

  private void attempt(Supplier<Call<?>> call) {
    try {
      call.get().execute();
    } catch (LiveCoinsException e) {
      messages.add(String.valueOf(e.getMessage()));
      messages.add(String.valueOf(e));
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        messages.add(String.valueOf(cause));
      }
    }
  }

  private static String sdkLines(CapturedLogs logs) {
    StringBuilder text = new StringBuilder();
    for (String line : logs.lines()) {
      // The SDK's loggers; the mock server (io.livecoins.testing) is a test fixture, not the SDK.
      if (line.contains(" io.livecoins.") && !line.contains(" io.livecoins.testing")) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  private LiveCoins client(String token, FilePendingOrderStore store, RetryPolicy policy) {
    return client(AuthTokenProvider.of(server.userIdOf(token), token), store, policy);
  }

  private LiveCoins client(AuthTokenProvider auth, FilePendingOrderStore store, RetryPolicy policy) {
    return LiveCoins.builder()
        .baseUrl(server.url().toString())
        .authTokenProvider(auth)
        .paymentProvider(provider)
        .pendingOrderStore(store)
        .retryPolicy(policy)
        .sleeper(new RecordingSleeper())
        .build();
  }

  private static CoinPackage pack(LiveCoins client, String id) {
    for (CoinPackage p : client.recharge().packages("US").execute()) {
      if (p.id().equals(id)) return p;
    }
    throw new AssertionError(id);
  }

  private static boolean posix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Starts with an expired token; the first refresh hands out the real one. */
  private static final class RotatingToken implements AuthTokenProvider {
    private volatile String current;
    private final String fresh;

    RotatingToken(String stale, String fresh) {
      this.current = stale;
      this.fresh = fresh;
    }

    @Override
    public String userId() {
      return "alice";
    }

    @Override
    public String token() {
      return current;
    }

    @Override
    public String refresh(String rejectedToken) {
      current = fresh;
      return fresh;
    }
  }

  /** The sandbox provider, remembering every token it issued so the test can look for them. */
  private static final class RecordingProvider implements PaymentProvider {
    final SandboxPaymentProvider sandbox = new SandboxPaymentProvider();
    final List<String> tokens = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
      return sandbox.id();
    }

    @Override
    public void checkMethod(PaymentMethod method) {
      sandbox.checkMethod(method);
    }

    @Override
    public PaymentResult authorize(PaymentRequest request) {
      PaymentResult result = sandbox.authorize(request);
      String issued = sandbox.recoverAuthorization(request.orderId());
      if (issued != null) tokens.add(issued);
      return result;
    }

    @Override
    public @Nullable String recoverAuthorization(String orderId) {
      return sandbox.recoverAuthorization(orderId);
    }
  }
}
