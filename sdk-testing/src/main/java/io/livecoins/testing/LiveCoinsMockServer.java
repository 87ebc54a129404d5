package io.livecoins.testing;

import io.livecoins.testing.internal.ContractValidator;
import io.livecoins.testing.internal.FaultPlan;
import io.livecoins.testing.internal.Ledger;
import io.livecoins.testing.internal.MockDispatcher;
import io.livecoins.testing.internal.MockState;
import io.livecoins.testing.internal.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;

/**
 * A stateful LiveCoins v1 backend on {@link MockWebServer}: the whole contract of
 * {@code docs/openapi.yaml} over an in-memory double-entry ledger, sandbox payments, idempotency,
 * the SSE gift feed, faults on cue, and a check of every exchange against the spec.
 *
 * <pre>{@code
 * try (LiveCoinsMockServer server = LiveCoinsMockServer.builder().seed(42).build().start()) {
 *   HttpUrl base = server.url();                 // http://127.0.0.1:<port>/
 *   server.faults().once("POST /v1/gifts/send", Fault.dropAfterCommit());
 *   // ... drive your client against base with DemoData.BOB_TOKEN ...
 *   assertThat(server.wallet("bob").coins()).isEqualTo(999);
 *   server.assertConsistent();
 *   assertThat(server.contractViolations()).isEmpty();
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests are served concurrently; inspection methods return consistent snapshots.
 * Binds 127.0.0.1 unless {@link Builder#host(String)} says otherwise.
 */
public final class LiveCoinsMockServer implements AutoCloseable {
  private final Settings settings;
  private final String host;
  private final int port;
  private final MockState state;
  private final FaultPlan faultPlan;
  private final Faults faults;
  private final MockDispatcher dispatcher;
  private final MockWebServer server = new MockWebServer();
  private boolean started;
  private boolean closed;

  private LiveCoinsMockServer(Builder b) {
    this.settings = new Settings(b.catalog, List.copyOf(b.users), b.payoutDiamonds, b.payoutAmountMinor,
        b.payoutCurrency, b.minimumWithdrawalDiamonds, b.dailyWithdrawalLimitMinor, b.diamondShareNumerator,
        b.diamondShareDenominator, b.orderTimeToLive, b.sseHeartbeat, b.paymentVerifier, b.sleeper, b.clock,
        b.seed, b.strict, b.expiredPaymentPolicy);
    this.host = b.host;
    this.port = b.port;
    this.state = new MockState(settings);
    state.configureWithdrawalSettlement(b.withdrawalSettleAfter, b.withdrawalSettleOutcome.name());
    state.spendingLimits().coolingOff(b.limitCoolingOff);
    this.faultPlan = new FaultPlan(b.seed);
    this.dispatcher = new MockDispatcher(state, faultPlan, ContractValidator.bundled());
    this.faults = new Faults(faultPlan, Collections.unmodifiableSet(dispatcher.router().routes()));
    server.setDispatcher(dispatcher);
    server.setServerSocketFactory(new io.livecoins.testing.internal.NoDelayServerSocketFactory());
  }

  /**
   * {@return the hosted checkout (sessions, page and its faults on cue); see {@link MockCheckout}}
   */
  public MockCheckout checkout() {
    return new MockCheckout(dispatcher.checkout());
  }

  /**
   * {@return the gift asset files this server serves at {@code /assets/gifts/{file}} and their faults on
   * cue; see {@link MockAssets}}
   */
  public MockAssets assets() {
    return new MockAssets(dispatcher.assets());
  }

  /**
   * {@return a builder with the reference seed ({@link MockCatalog#reference()}, {@link
   * DemoData#users()})}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving on the configured host and port (default 127.0.0.1, an ephemeral port).
   *
   * @return this server
   * @throws UncheckedIOException if the port cannot be bound
   * @throws IllegalStateException if already started or closed
   */
  public synchronized LiveCoinsMockServer start() {
    if (started || closed) {
      throw new IllegalStateException(closed ? "closed" : "already started");
    }
    try {
      server.start(InetAddress.getByName(host), port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind " + host + ":" + port, e);
    }
    started = true;
    return this;
  }

  /** Ends every event stream and stops the server; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    state.streams().close();
    server.close();
  }

  /**
   * {@return the base URL, e.g. {@code http://127.0.0.1:54321/}; the API lives under {@code /v1/}}
   */
  public HttpUrl url() {
    return url("/");
  }

  /**
   * {@return the URL of {@code path}, e.g. {@code url("/v1/wallet")}} The host is the bound address
   * as a literal ({@code 127.0.0.1}), never a name that might resolve elsewhere.
   *
   * @param path an absolute path, such as {@code "/v1/wallet"}
   */
  public HttpUrl url(String path) {
    String h = host.equals("0.0.0.0") ? "127.0.0.1" : host.equals("::") ? "::1" : host;
    return new HttpUrl.Builder().scheme("http").host(h).port(server.getPort()).build().resolve(path);
  }

  /** {@return the bound port} */
  public int port() {
    return server.getPort();
  }

  /** {@return the fault schedule of this server} */
  public Faults faults() {
    return faults;
  }

  /** {@return the users this server knows (seeded or configured), in declaration order} */
  public List<MockUser> users() {
    return state.users();
  }

  /**
   * {@return the id of the user that {@code token} signs in, as a client's {@code
   * AuthTokenProvider} names it}
   *
   * @param token a bearer token of one of the server's users
   * @throws IllegalArgumentException if no user has that token
   */
  public String userIdOf(String token) {
    MockUser user = state.userByToken(token);
    if (user == null) throw new IllegalArgumentException("no user has that token");
    return user.id();
  }

  /**
   * {@return the user's wallet now}
   *
   * @param userId the user's id, such as {@code "bob"}
   * @throws IllegalArgumentException for an unknown user
   */
  public WalletSnapshot wallet(String userId) {
    return state.locked(() -> {
      state.settleDueWithdrawals();
      if (!state.ledger().hasWallet(userId)) {
        throw new IllegalArgumentException("unknown user " + userId);
      }
      Ledger l = state.ledger();
      return new WalletSnapshot(userId, l.balance(Ledger.user(userId), Ledger.COINS),
          l.balance(Ledger.user(userId), Ledger.DIAMONDS), l.version(userId));
    });
  }

  /** {@return every ledger entry, oldest first} */
  public List<LedgerEntry> ledgerEntries() {
    return state.locked(() -> state.ledger().entries());
  }

  /**
   * {@return the balance of any ledger account, e.g. {@code user:bob} or {@code system:platform},
   * in {@code COINS} or {@code DIAMONDS}}
   *
   * @param account the ledger account, such as {@code "user:bob"}
   * @param asset {@code "COINS"} or {@code "DIAMONDS"}
   */
  public long balance(String account, String asset) {
    return state.locked(() -> state.ledger().balance(account, asset));
  }

  /** {@return every recharge order, oldest first} */
  public List<OrderSnapshot> orders() {
    return state.locked(() -> {
      List<OrderSnapshot> out = new ArrayList<>();
      for (MockState.Order o : state.orders()) {
        out.add(o.snapshot());
      }
      return out;
    });
  }

  /**
   * Makes an order that still awaits payment EXPIRED now (as if its time to live had passed). A payment
   * token confirmed for it later is settled by the {@link Builder#expiredPaymentPolicy} policy.
   *
   * @param orderId the id of an order that awaits payment
   */
  public void expireOrder(String orderId) {
    state.locked(() -> {
      MockState.Order o = state.order(orderId);
      if (o == null) {
        throw new IllegalArgumentException("unknown order " + orderId);
      }
      if (o.status.equals("AWAITING_PAYMENT")) {
        state.expire(o);
      }
      return null;
    });
  }

  /**
   * Refunds a COMPLETED order now, as the payment provider would: the order becomes {@code REFUNDED} and
   * its coins (with the bonus) are taken back once, in one {@code REFUND} posting. Coins the user already
   * spent become the user's coin debt ({@link #coinDebt(String)}), which blocks spending until recharges
   * repay it.
   *
   * @param orderId the id of a COMPLETED order
   * @return the order after the refund
   * @throws IllegalArgumentException for an unknown order
   * @throws IllegalStateException if the order is not COMPLETED (a purchase is reversed at most once)
   */
  public OrderSnapshot refundOrder(String orderId) {
    return reverseOrder(orderId, "REFUNDED");
  }

  /**
   * Charges a COMPLETED order back now (the payer disputed it with the bank): like {@link
   * #refundOrder(String)}, with status {@code CHARGED_BACK} and a {@code CHARGEBACK} posting. The sandbox
   * card {@code 4000 0000 0000 0259} ({@code TestCard.CHARGEBACK_LATER}) is charged back by itself at the
   * first request after its purchase completed.
   *
   * @param orderId the id of a COMPLETED order
   * @return the order after the chargeback
   * @throws IllegalArgumentException for an unknown order
   * @throws IllegalStateException if the order is not COMPLETED
   */
  public OrderSnapshot chargeBackOrder(String orderId) {
    return reverseOrder(orderId, "CHARGED_BACK");
  }

  private OrderSnapshot reverseOrder(String orderId, String status) {
    return state.locked(() -> {
      MockState.Order o = state.order(orderId);
      if (o == null) {
        throw new IllegalArgumentException("unknown order " + orderId);
      }
      state.reverse(o, status);
      return o.snapshot();
    });
  }

  /**
   * {@return the coins {@code userId} owes after a refund or chargeback of coins already spent (0:
   * none)}
   *
   * @param userId the user's id, such as {@code "bob"}
   */
  public long coinDebt(String userId) {
    return state.locked(() -> {
      state.applyDueChargebacks();
      return state.coinDebt(userId);
    });
  }

  /** {@return every withdrawal, oldest first (due automatic settlements applied)} */
  public List<WithdrawalSnapshot> withdrawals() {
    return state.locked(() -> {
      List<WithdrawalSnapshot> out = new ArrayList<>();
      for (MockState.Withdrawal w : state.withdrawals()) {
        out.add(w.snapshot());
      }
      return out;
    });
  }

  /**
   * Settles a PENDING withdrawal now, as the payout provider would: {@link WithdrawalOutcome#PAID}, or
   * {@link WithdrawalOutcome#FAILED} returning its diamonds to the creator (one {@code WITHDRAWAL_REVERSED}
   * transaction; the wallet's version grows).
   *
   * @param withdrawalId the id of a PENDING withdrawal
   * @param outcome paid out, or failed with the diamonds returned
   * @return the settled withdrawal
   * @throws IllegalArgumentException for an unknown withdrawal
   * @throws IllegalStateException if it is already settled (a withdrawal settles exactly once)
   */
  public WithdrawalSnapshot settleWithdrawal(String withdrawalId, WithdrawalOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome == null");
    return state.locked(() -> {
      MockState.Withdrawal w = state.withdrawal(withdrawalId);
      if (w == null) {
        throw new IllegalArgumentException("unknown withdrawal " + withdrawalId);
      }
      state.settle(w, outcome.name(), outcome == WithdrawalOutcome.FAILED ? "payout_rejected" : null);
      return w.snapshot();
    });
  }

  /** {@return what the server remembers per (user, Idempotency-Key)} */
  public List<IdempotencyRecord> idempotencyRecords() {
    return dispatcher.idempotency().records();
  }

  /** {@return every request received, oldest first} */
  public List<LoggedRequest> requestLog() {
    return dispatcher.requestLog();
  }

  /**
   * {@return responses this server gave that did not match the spec; empty unless the server has a
   * bug}
   */
  public List<ContractViolation> contractViolations() {
    return dispatcher.responseViolations();
  }

  /** {@return requests that did not match the spec (answered 400 in strict mode)} */
  public List<ContractViolation> requestViolations() {
    return dispatcher.requestViolations();
  }

  /** Throws an {@link AssertionError} listing every response that violated the spec. */
  public void assertNoContractViolations() {
    List<ContractViolation> v = contractViolations();
    if (!v.isEmpty()) {
      StringBuilder sb = new StringBuilder(v.size() + " response(s) violated docs/openapi.yaml:");
      for (ContractViolation c : v) {
        sb.append("\n  ").append(c);
      }
      throw new AssertionError(sb.toString());
    }
  }

  /** {@return number of connected gift-event streams} */
  public int activeEventStreams() {
    return state.streams().active();
  }

  /**
   * Waits until exactly {@code count} gift-event streams are connected.
   *
   * @param count how many streams must be connected
   * @param timeout how long to wait at most
   * @return false on timeout
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public boolean awaitActiveEventStreams(int count, Duration timeout) throws InterruptedException {
    return state.streams().awaitActive(count, timeout);
  }

  /**
   * Checks the ledger invariants: entries sum to zero per asset and per posting, balances equal their
   * entries, no user balance is negative, every idempotent request committed at most one posting, and every
   * order is credited exactly when COMPLETED, exactly once, and every withdrawal debited its diamonds once
   * and returned them (one {@code WITHDRAWAL_REVERSED} posting) exactly when FAILED.
   *
   * @throws AssertionError naming every broken invariant
   */
  public void assertConsistent() {
    List<String> problems = state.locked(() -> {
      List<String> p = new ArrayList<>(state.ledger().check());
      p.addAll(withdrawalProblems());
      p.addAll(reversalProblems());
      Map<String, String> postingByScope = new HashMap<>();
      Map<String, Integer> recharges = new HashMap<>();
      for (LedgerEntry e : state.ledger().entries()) {
        if (e.idempotencyScope() != null) {
          String prev = postingByScope.putIfAbsent(e.idempotencyScope(), e.transactionId());
          if (prev != null && !prev.equals(e.transactionId())) {
            p.add("idempotent request " + e.idempotencyScope() + " committed twice (" + prev + ", "
                + e.transactionId() + ")");
          }
        }
        if (e.type().equals("RECHARGE") && e.account().startsWith("user:")) {
          recharges.merge(e.reference(), 1, Integer::sum);
        }
      }
      for (MockState.Order o : state.orders()) {
        int n = recharges.getOrDefault(o.id, 0);
        boolean reversed = o.status.equals("REFUNDED") || o.status.equals("CHARGED_BACK");
        int expected = o.status.equals("COMPLETED") || reversed ? 1 : 0;
        if (n != expected) {
          p.add("order " + o.id + " (" + o.status + ") was credited " + n + " time(s), expected " + expected);
        }
      }
      return p;
    });
    if (!problems.isEmpty()) {
      throw new AssertionError("Ledger inconsistent:\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * Each refunded or charged-back order was reversed in exactly one posting that took back its coins or
   * turned them into debt, in total exactly what it credited; no other order was reversed; every debt
   * repayment repaid a recorded debt. Under the lock.
   */
  private List<String> reversalProblems() {
    List<String> p = new ArrayList<>();
    Map<String, Long> reversedAmount = new HashMap<>();
    Map<String, java.util.Set<String>> reversalPostings = new HashMap<>();
    for (LedgerEntry e : state.ledger().entries()) {
      if (!e.account().startsWith("user:")) {
        continue;
      }
      boolean reversal = e.type().equals("REFUND") || e.type().equals("CHARGEBACK");
      if (reversal && e.asset().equals(Ledger.COINS)) {
        reversedAmount.merge(e.reference(), -e.amount(), Long::sum);
      } else if (reversal && e.asset().equals(Ledger.COIN_DEBT)) {
        reversedAmount.merge(e.reference(), e.amount(), Long::sum);
      }
      if (reversal) {
        reversalPostings.computeIfAbsent(e.reference(), r -> new java.util.HashSet<>()).add(e.transactionId());
      }
    }
    for (MockState.Order o : state.orders()) {
      boolean reversed = o.status.equals("REFUNDED") || o.status.equals("CHARGED_BACK");
      int postings = reversalPostings.getOrDefault(o.id, java.util.Set.of()).size();
      long amount = reversedAmount.getOrDefault(o.id, 0L);
      long expected = reversed ? Math.addExact(o.coins, o.bonusCoins) : 0;
      if (postings != (reversed ? 1 : 0) || amount != expected) {
        p.add("order " + o.id + " (" + o.status + ") was reversed " + postings + " time(s) for " + amount
            + " coins, expected " + expected);
      }
    }
    return p;
  }

  /** Each withdrawal debited its diamonds once and returned them once exactly when FAILED. Under the lock. */
  private List<String> withdrawalProblems() {
    List<String> p = new ArrayList<>();
    Map<String, Long> debited = new HashMap<>();
    Map<String, Long> returned = new HashMap<>();
    Map<String, Integer> reversals = new HashMap<>();
    for (LedgerEntry e : state.ledger().entries()) {
      if (!e.account().startsWith("user:")) {
        continue;
      }
      if (e.type().equals("WITHDRAWAL")) {
        debited.merge(e.reference(), -e.amount(), Long::sum);
      } else if (e.type().equals("WITHDRAWAL_REVERSED")) {
        returned.merge(e.reference(), e.amount(), Long::sum);
        reversals.merge(e.reference(), 1, Integer::sum);
      }
    }
    for (MockState.Withdrawal w : state.withdrawals()) {
      if (debited.getOrDefault(w.id(), 0L) != w.diamonds()) {
        p.add("withdrawal " + w.id() + " debited " + debited.getOrDefault(w.id(), 0L) + " diamonds, expected "
            + w.diamonds());
      }
      boolean failed = w.status().equals("FAILED");
      if (reversals.getOrDefault(w.id(), 0) != (failed ? 1 : 0)
          || returned.getOrDefault(w.id(), 0L) != (failed ? w.diamonds() : 0L)) {
        p.add("withdrawal " + w.id() + " (" + w.status() + ") returned " + returned.getOrDefault(w.id(), 0L)
            + " diamonds in " + reversals.getOrDefault(w.id(), 0) + " posting(s)");
      }
    }
    return p;
  }

  @Override
  public String toString() {
    return "LiveCoinsMockServer{" + (started ? url() : "not started") + "}";
  }

  /**
   * Configures a {@link LiveCoinsMockServer}. Defaults are the reference seed documented in
   * {@code docs/testing.md}. Not thread-safe; {@link #build()} copies everything.
   */
  public static final class Builder {
    private MockCatalog catalog = MockCatalog.reference();
    private List<MockUser> users = new ArrayList<>(DemoData.users());
    private long payoutDiamonds = 200;
    private long payoutAmountMinor = 100;
    private String payoutCurrency = "USD";
    private long minimumWithdrawalDiamonds = 2000;
    private long dailyWithdrawalLimitMinor = 100_000;
    private long diamondShareNumerator = 1;
    private long diamondShareDenominator = 2;
    private Duration orderTimeToLive = Duration.ofHours(1);
    private Duration sseHeartbeat = Duration.ofSeconds(1);
    private PaymentVerifier paymentVerifier = PaymentVerifier.acceptingAnyTokenOfAtLeast8Chars();
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private long seed = 0;
    private boolean strict = true;
    private ExpiredPaymentPolicy expiredPaymentPolicy = ExpiredPaymentPolicy.CREDIT_LATE;
    private String host = "127.0.0.1";
    private Duration withdrawalSettleAfter;
    private WithdrawalOutcome withdrawalSettleOutcome = WithdrawalOutcome.PAID;
    private Duration limitCoolingOff = Duration.ofHours(24);
    private int port = 0;

    private Builder() {}

    /**
     * The catalog (regions, packages, gifts); default {@link MockCatalog#reference()}.
     *
     * @param catalog the catalog to serve
     * @return this builder
     */
    public Builder catalog(MockCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog == null");
      return this;
    }

    /**
     * Replaces all users (default {@link DemoData#users()}).
     *
     * @param users the users this server knows (seeded or configured), in declaration order
     * @return this builder
     */
    public Builder users(List<MockUser> users) {
      this.users = new ArrayList<>(Objects.requireNonNull(users, "users == null"));
      return this;
    }

    /**
     * Adds a user, replacing a user with the same id.
     *
     * @param user the user, with its token and opening balances
     * @return this builder
     */
    public Builder addUser(MockUser user) {
      Objects.requireNonNull(user, "user == null");
      users.removeIf(u -> u.id().equals(user.id()));
      users.add(user);
      return this;
    }

    /**
     * Marks an existing user as under age: buying coins, sending and receiving gifts and withdrawing get
     * 403 {@code age_restricted} naming the capability (see {@link MockUser.Builder#ageRestricted(boolean)}).
     *
     * @param userId the id of a user already added
     * @return this builder
     */
    public Builder ageRestricted(String userId) {
      for (int i = 0; i < users.size(); i++) {
        if (users.get(i).id().equals(userId)) {
          users.set(i, users.get(i).toBuilder().ageRestricted(true).build());
          return this;
        }
      }
      throw new IllegalArgumentException("unknown user " + userId);
    }

    /**
     * How long a raised or cleared self-set spending limit waits before it applies (default 24 hours, on
     * the server's {@link #clock(Clock) clock}); lowering always applies at once.
     *
     * @param coolingOff the cooling-off period; not negative
     * @return this builder
     */
    public Builder spendingLimitCoolingOff(Duration coolingOff) {
      if (coolingOff.isNegative()) {
        throw new IllegalArgumentException("coolingOff < 0");
      }
      this.limitCoolingOff = coolingOff;
      return this;
    }

    /**
     * {@code diamonds} diamonds pay {@code amountMinor} of {@code currency}; default 200 = USD
     * 1.00.
     *
     * @param diamonds the diamonds {@code D} of the rate; positive
     * @param amountMinor the money {@code A} paid for {@code D} diamonds, in minor units; positive
     * @param currency the ISO 4217 currency of the payouts, such as {@code "USD"}
     * @return this builder
     */
    public Builder payoutRate(long diamonds, long amountMinor, String currency) {
      if (diamonds <= 0 || amountMinor <= 0) {
        throw new IllegalArgumentException("payout rate must be positive");
      }
      this.payoutDiamonds = diamonds;
      this.payoutAmountMinor = amountMinor;
      this.payoutCurrency = Objects.requireNonNull(currency, "currency == null");
      return this;
    }

    /**
     * The smallest withdrawal in diamonds; default 2000.
     *
     * @param diamonds the minimum, in diamonds
     * @return this builder
     */
    public Builder minimumWithdrawalDiamonds(long diamonds) {
      if (diamonds < 1) {
        throw new IllegalArgumentException("minimum < 1");
      }
      this.minimumWithdrawalDiamonds = diamonds;
      return this;
    }

    /**
     * The daily withdrawal cap per creator in payout-currency minor units (UTC days); default
     * 100000.
     *
     * @param amountMinor the limit, in minor units of the payout currency
     * @return this builder
     */
    public Builder dailyWithdrawalLimitMinor(long amountMinor) {
      if (amountMinor < 0) {
        throw new IllegalArgumentException("limit < 0");
      }
      this.dailyWithdrawalLimitMinor = amountMinor;
      return this;
    }

    /**
     * The recipient's diamonds per gift coin, as a fraction (floor); default 1/2.
     *
     * @param numerator the numerator of the share
     * @param denominator the denominator of the share; positive
     * @return this builder
     */
    public Builder diamondShare(long numerator, long denominator) {
      if (numerator < 0 || denominator <= 0 || numerator > denominator) {
        throw new IllegalArgumentException("share must be in [0, 1]");
      }
      this.diamondShareNumerator = numerator;
      this.diamondShareDenominator = denominator;
      return this;
    }

    /**
     * How long an order may await payment before it becomes EXPIRED; default 1 h.
     *
     * @param ttl the time to live of an unpaid order
     * @return this builder
     */
    public Builder orderTimeToLive(Duration ttl) {
      this.orderTimeToLive = Objects.requireNonNull(ttl, "ttl == null");
      return this;
    }

    /**
     * Interval of {@code : ping} comments on the event stream (also how fast a gone client is
     * noticed).
     *
     * @param interval the time between two heartbeat comments on an idle stream
     * @return this builder
     */
    public Builder sseHeartbeat(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("interval must be positive");
      }
      this.sseHeartbeat = interval;
      return this;
    }

    /**
     * Settles every withdrawal {@code after} its creation (by {@link #clock(Clock)}: advance a test clock,
     * nothing sleeps) with {@code outcome}. The settlement is applied when a request or an inspection
     * method next looks. Default: withdrawals stay PENDING until {@link
     * LiveCoinsMockServer#settleWithdrawal(String, WithdrawalOutcome)}.
     *
     * @param after how long after its request a withdrawal settles, on the server's clock
     * @param outcome how it settles
     * @return this builder
     */
    public Builder withdrawalSettlement(Duration after, WithdrawalOutcome outcome) {
      Objects.requireNonNull(after, "after == null");
      if (after.isNegative()) {
        throw new IllegalArgumentException("after < 0");
      }
      this.withdrawalSettleAfter = after;
      this.withdrawalSettleOutcome = Objects.requireNonNull(outcome, "outcome == null");
      return this;
    }

    /**
     * Verifies non-sandbox payment tokens; default accepts tokens of at least 8 characters.
     *
     * @param verifier the verifier; must be thread-safe
     * @return this builder
     */
    public Builder paymentVerifier(PaymentVerifier verifier) {
      this.paymentVerifier = Objects.requireNonNull(verifier, "verifier == null");
      return this;
    }

    /**
     * How {@link Fault#delay} waits; default {@link Sleeper#system()}.
     *
     * @param sleeper the sleeper the server waits with
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * The clock for timestamps, order expiry and daily limits; default UTC system clock.
     *
     * @param clock the server's clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Seeds random faults and request ids; default 0.
     *
     * @param seed the seed of the random source; the same seed gives the same faults and ids
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Strict mode (default on): requests that break the spec get 400 {@code invalid_request}.
     *
     * @param strict true to reject requests that break the spec
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * What a confirm of an EXPIRED order with a valid payment token does: credit it late (default) or
     * void the payment. Both are allowed by the contract; see docs/protocol.md, "Paid after expiry".
     *
     * @param policy credit the order late, or void the payment
     * @return this builder
     */
    public Builder expiredPaymentPolicy(ExpiredPaymentPolicy policy) {
      this.expiredPaymentPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * The interface to bind; default {@code 127.0.0.1}.
     *
     * @param host the address to listen on, such as {@code "127.0.0.1"}
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /**
     * The port to bind; default 0 (ephemeral).
     *
     * @param port the bound port
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Builds the (not yet started) server.
     *
     * @return the server; call {@code start()} before use
     * @throws IllegalArgumentException for duplicate user ids, tokens or streams
     * @throws IllegalStateException if the bundled spec is missing
     */
    public LiveCoinsMockServer build() {
      return new LiveCoinsMockServer(this);
    }
  }
}
