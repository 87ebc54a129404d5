package io.livecoins.testing.internal;

import io.livecoins.testing.MockUser;
import io.livecoins.testing.OrderSnapshot;
import io.livecoins.testing.WithdrawalSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * All mutable server state behind one lock: the ledger, orders, gift receipts, withdrawals. Handlers run
 * their check-then-commit sequences inside {@link #locked}.
 */
public final class MockState {
  /** A recharge order (mutable; guarded by the lock). */
  public static final class Order {
    public final long sequence;
    public final String id;
    public final String userId;
    public final String packageId;
    public final String region;
    public final String provider;
    public final long coins;
    public final long bonusCoins;
    public final long priceMinor;
    public final String currency;
    public final Instant createdAt;
    public String status = "AWAITING_PAYMENT";
    public String failureReason;
    public Instant updatedAt;
    public int pendingPolls;
    public boolean credited;
    public int confirmAttempts;
    /** A payment token was presented after the order had expired. */
    public boolean paidAfterExpiry;
    public boolean creditedLate;
    public String refundReference;
    /** Paid with the sandbox's chargeback-later card: charged back at the first request after it completed. */
    public boolean chargebackLater;

    Order(long sequence, String id, String userId, String packageId, String region, String provider,
        long coins, long bonusCoins, long priceMinor, String currency, Instant createdAt) {
      this.sequence = sequence;
      this.id = id;
      this.userId = userId;
      this.packageId = packageId;
      this.region = region;
      this.provider = provider;
      this.coins = coins;
      this.bonusCoins = bonusCoins;
      this.priceMinor = priceMinor;
      this.currency = currency;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }

    public OrderSnapshot snapshot() {
      return new OrderSnapshot(id, userId, packageId, region, provider, coins, bonusCoins, priceMinor, currency,
          status, failureReason, credited, createdAt, updatedAt, creditedLate, refundReference);
    }
  }

  /** A sent gift (immutable). */
  public record Receipt(String id, String giftId, String senderId, String recipientId, String streamId,
      long quantity, long coinCost, long coins, long diamonds, Instant createdAt) {}

  /**
   * A withdrawal: PENDING until settled PAID or FAILED (on cue, or after the configured delay). Mutable
   * status; guarded by the lock.
   */
  public static final class Withdrawal {
    private final long sequence;
    private final String id;
    private final String userId;
    private final long diamonds;
    private final long amountMinor;
    private final String currency;
    private final String payoutMethod;
    private final Instant createdAt;
    private String status = "PENDING";
    private String failureReason;
    private Instant updatedAt;

    Withdrawal(long sequence, String id, String userId, long diamonds, long amountMinor, String currency,
        String payoutMethod, Instant createdAt) {
      this.sequence = sequence;
      this.id = id;
      this.userId = userId;
      this.diamonds = diamonds;
      this.amountMinor = amountMinor;
      this.currency = currency;
      this.payoutMethod = payoutMethod;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }

    public long sequence() {
      return sequence;
    }

    public String id() {
      return id;
    }

    public String userId() {
      return userId;
    }

    public long diamonds() {
      return diamonds;
    }

    public long amountMinor() {
      return amountMinor;
    }

    public String currency() {
      return currency;
    }

    public String payoutMethod() {
      return payoutMethod;
    }

    public Instant createdAt() {
      return createdAt;
    }

    public String status() {
      return status;
    }

    public String failureReason() {
      return failureReason;
    }

    public Instant updatedAt() {
      return updatedAt;
    }

    public WithdrawalSnapshot snapshot() {
      return new WithdrawalSnapshot(id, userId, diamonds, amountMinor, currency, payoutMethod, status,
          failureReason, createdAt, updatedAt);
    }
  }

  private final Settings settings;
  private final ReentrantLock lock = new ReentrantLock();
  private final Ledger ledger = new Ledger();
  private final Map<String, MockUser> usersById = new LinkedHashMap<>();
  private final Map<String, MockUser> usersByToken = new HashMap<>();
  private final Map<String, String> streamOwners = new LinkedHashMap<>();
  private final Map<String, Order> orders = new LinkedHashMap<>();
  private final List<Receipt> receipts = new ArrayList<>();
  // Running quantity of each combo streak, by sender and combo id (a combo's batches share its id).
  private final Map<String, Long> comboCounts = new HashMap<>();
  private final List<Withdrawal> withdrawals = new ArrayList<>();
  private final Map<String, Integer> tokenAttempts = new HashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong requestIds = new AtomicLong();
  private final StreamHub streams;
  private final SpendingLimits spendingLimits;
  private Duration withdrawalSettleAfter;
  private String withdrawalSettleOutcome = "PAID";
  // When the earliest PENDING withdrawal falls due for automatic settlement (null: none can fall due).
  // Written under the lock; read without it by mayHaveDueWork(), so that a request skips the lock when
  // nothing can be due. It may be earlier than the truth (a withdrawal settled on cue), never later.
  private volatile Instant nextSettlementDue;
  // Whether an order was ever paid with the chargeback-later card (never cleared: a conservative hint).
  private volatile boolean chargebacksArmed;

  public MockState(Settings settings) {
    this.settings = settings;
    this.streams = new StreamHub(settings.sseHeartbeat());
    this.spendingLimits = new SpendingLimits(settings.users());
    Instant now = now();
    for (MockUser u : settings.users()) {
      if (usersById.put(u.id(), u) != null || usersByToken.put(u.token(), u) != null) {
        throw new IllegalArgumentException("duplicate user id or token: " + u.id());
      }
      ledger.openWallet(u.id());
      if (u.streamId() != null) {
        if (streamOwners.put(u.streamId(), u.id()) != null) {
          throw new IllegalArgumentException("duplicate stream id " + u.streamId());
        }
        streams.open(u.streamId());
      }
      List<Ledger.Movement> seed = new ArrayList<>();
      if (u.coins() > 0) {
        seed.add(new Ledger.Movement(Ledger.COINS, Ledger.ADJUSTMENTS, Ledger.user(u.id()), u.coins()));
      }
      if (u.diamonds() > 0) {
        seed.add(new Ledger.Movement(Ledger.DIAMONDS, Ledger.ADJUSTMENTS, Ledger.user(u.id()), u.diamonds()));
      }
      if (!seed.isEmpty()) {
        ledger.post(Map.of(), "ADJUSTMENT", seed, "seed", null, now);
      }
    }
  }

  public Settings settings() {
    return settings;
  }

  public ReentrantLock lock() {
    return lock;
  }

  /** Runs {@code action} holding the state lock. */
  public <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  public Ledger ledger() {
    return ledger;
  }

  public StreamHub streams() {
    return streams;
  }

  /** Every user's spending limits (guarded by the lock). */
  public SpendingLimits spendingLimits() {
    return spendingLimits;
  }

  public Instant now() {
    return settings.clock().instant().truncatedTo(ChronoUnit.SECONDS);
  }

  public MockUser userByToken(String token) {
    return usersByToken.get(token);
  }

  public MockUser user(String id) {
    return usersById.get(id);
  }

  public List<MockUser> users() {
    return List.copyOf(usersById.values());
  }

  public String streamOwner(String streamId) {
    return streamOwners.get(streamId);
  }

  public String nextId(String prefix) {
    return zeroPadded(prefix, ids.incrementAndGet(), 6);
  }

  /**
   * {@code prefix} + {@code n} in decimal, left-padded with zeros to {@code width} digits: what {@code
   * prefix + String.format("%0<width>d", n)} gives for {@code n >= 0}, in ASCII digits whatever the
   * default locale, without a {@link java.util.Formatter} per call.
   */
  static String zeroPadded(String prefix, long n, int width) {
    if (n < 0) {
      throw new IllegalArgumentException("n < 0: " + n);
    }
    String digits = Long.toString(n);
    StringBuilder b = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }

  /** {@code req_} + 16 lowercase hex digits; deterministic for a given sequence of requests. */
  public String nextRequestId() {
    long n = requestIds.incrementAndGet();
    long mixed = n * 0x9E3779B97F4A7C15L ^ settings.seed();
    String hex = Long.toHexString(mixed); // as %016x, without a Formatter per request
    return "req_" + "0000000000000000".substring(hex.length()) + hex;
  }

  public Order newOrder(String userId, String packageId, String region, String provider, long coins,
      long bonusCoins, long priceMinor, String currency) {
    String id = nextId("ord_");
    Order o = new Order(orders.size() + 1L, id, userId, packageId, region, provider, coins, bonusCoins,
        priceMinor, currency, now());
    orders.put(id, o);
    return o;
  }

  /** The order, after applying expiry; null if unknown. */
  public Order order(String id) {
    Order o = orders.get(id);
    if (o != null && o.status.equals("AWAITING_PAYMENT")
        && !now().isBefore(o.createdAt.plus(settings.orderTimeToLive()))) {
      expire(o);
    }
    return o;
  }

  public void expire(Order o) {
    o.status = "EXPIRED";
    o.failureReason = "expired";
    o.updatedAt = now();
  }

  /** Every order, oldest first (expiry applied). */
  public List<Order> orders() {
    List<Order> out = new ArrayList<>();
    for (String id : orders.keySet()) {
      out.add(order(id));
    }
    return out;
  }

  /** Increments and returns the attempt count for a flaky sandbox token. */
  public int tokenAttempt(String token) {
    return tokenAttempts.merge(token, 1, Integer::sum);
  }

  /** Credits the order's coins (once) and marks it COMPLETED. */
  public void complete(Order o, String idempotencyScope) {
    if (o.credited) {
      return;
    }
    long total = Math.addExact(o.coins, o.bonusCoins);
    ledger.post(Map.of(), "RECHARGE",
        List.of(new Ledger.Movement(Ledger.COINS, Ledger.COIN_ISSUANCE, Ledger.user(o.userId), total)),
        o.id, idempotencyScope, now());
    o.credited = true;
    o.creditedLate = o.paidAfterExpiry;
    o.status = "COMPLETED";
    o.failureReason = null;
    o.updatedAt = now();
    repayDebt(o);
  }

  /** The coins {@code userId} owes after a refund or chargeback of spent coins; 0 without a debt. */
  public long coinDebt(String userId) {
    return ledger.balance(Ledger.user(userId), Ledger.COIN_DEBT);
  }

  /**
   * Takes a COMPLETED order's coins back, once, as the payment provider reversed the payment: {@code
   * REFUNDED} (a refund) or {@code CHARGED_BACK} (a dispute). Coins the user still has are debited; what
   * was already spent becomes the user's coin debt. One posting ({@code REFUND} or {@code CHARGEBACK}).
   *
   * @throws IllegalStateException if the order is not COMPLETED
   */
  public void reverse(Order o, String status) {
    if (!o.status.equals("COMPLETED") || !o.credited) {
      throw new IllegalStateException("order " + o.id + " is " + o.status + "; only a COMPLETED order can be "
          + "refunded or charged back");
    }
    if (!status.equals("REFUNDED") && !status.equals("CHARGED_BACK")) {
      throw new IllegalArgumentException("REFUNDED or CHARGED_BACK, not " + status);
    }
    long total = Math.addExact(o.coins, o.bonusCoins);
    long take = Math.min(total, ledger.balance(Ledger.user(o.userId), Ledger.COINS));
    long debt = total - take;
    List<Ledger.Movement> movements = new ArrayList<>();
    if (take > 0) {
      movements.add(new Ledger.Movement(Ledger.COINS, Ledger.user(o.userId), Ledger.COIN_ISSUANCE, take));
    }
    if (debt > 0) {
      movements.add(new Ledger.Movement(Ledger.COIN_DEBT, Ledger.COIN_RECEIVABLES, Ledger.user(o.userId), debt));
    }
    ledger.post(Map.of(), status.equals("REFUNDED") ? "REFUND" : "CHARGEBACK", movements, o.id, null, now());
    o.status = status;
    o.chargebackLater = false;
    o.updatedAt = now();
  }

  /**
   * Marks {@code o} as paid with the sandbox's chargeback-later card: it is charged back at the first
   * request after it completed ({@link #applyDueChargebacks}).
   */
  public void chargebackLater(Order o) {
    o.chargebackLater = true;
    chargebacksArmed = true;
  }

  /**
   * Whether a request received at {@code receivedAt} may find an automatic settlement or a chargeback
   * due; false only when {@link #settleDueWithdrawals} and {@link #applyDueChargebacks} would both do
   * nothing, so the caller may skip taking the lock for them.
   */
  public boolean mayHaveDueWork(Instant receivedAt) {
    if (chargebacksArmed) {
      return true;
    }
    Instant due = nextSettlementDue;
    return due != null && !receivedAt.truncatedTo(ChronoUnit.SECONDS).isBefore(due);
  }

  /** Applies the sandbox's delayed chargebacks that are due (orders paid with the chargeback-later card). */
  public void applyDueChargebacks() {
    for (Order o : orders.values()) {
      if (o.chargebackLater && o.status.equals("COMPLETED") && o.credited) {
        reverse(o, "CHARGED_BACK");
      }
    }
  }

  /** Repays the user's coin debt from the coins a recharge just credited (one DEBT_REPAYMENT posting). */
  private void repayDebt(Order o) {
    long debt = coinDebt(o.userId);
    long repay = Math.min(debt, ledger.balance(Ledger.user(o.userId), Ledger.COINS));
    if (repay > 0) {
      ledger.post(Map.of(), "DEBT_REPAYMENT", List.of(
          new Ledger.Movement(Ledger.COINS, Ledger.user(o.userId), Ledger.COIN_ISSUANCE, repay),
          new Ledger.Movement(Ledger.COIN_DEBT, Ledger.user(o.userId), Ledger.COIN_RECEIVABLES, repay)),
          o.id, null, now());
    }
  }

  /** Voids the late payment of an expired order: VOIDED, nothing credited, a refund reference. */
  public void voidPayment(Order o) {
    o.status = "VOIDED";
    o.failureReason = "expired";
    o.refundReference = "void_" + o.id;
    o.updatedAt = now();
  }

  /** Adds {@code quantity} to the streak {@code comboId} of {@code senderId}; returns its running count. */
  public long addToCombo(String senderId, String comboId, long quantity) {
    return comboCounts.merge(senderId + "\u0000" + comboId, quantity, Math::addExact);
  }

  public void addReceipt(Receipt r) {
    receipts.add(r);
  }

  public List<Receipt> receipts() {
    return List.copyOf(receipts);
  }

  /**
   * Settles every PENDING withdrawal created at least {@code after} ago with {@code outcome} ({@code PAID}
   * or {@code FAILED}); null {@code after} (the default) settles only on cue.
   */
  public void configureWithdrawalSettlement(Duration after, String outcome) {
    if (after != null && (after.isNegative() || !(outcome.equals("PAID") || outcome.equals("FAILED")))) {
      throw new IllegalArgumentException("settlement needs a delay >= 0 and PAID or FAILED");
    }
    this.withdrawalSettleAfter = after;
    this.withdrawalSettleOutcome = outcome;
    nextSettlementDue = earliestDue();
  }

  /** Records a new PENDING withdrawal (its diamonds already posted to the payouts account). */
  public Withdrawal newWithdrawal(String id, String userId, long diamonds, long amountMinor, String currency,
      String payoutMethod) {
    Withdrawal w = new Withdrawal(withdrawals.size() + 1L, id, userId, diamonds, amountMinor, currency,
        payoutMethod, now());
    withdrawals.add(w);
    if (withdrawalSettleAfter != null) {
      Instant due = w.createdAt.plus(withdrawalSettleAfter);
      Instant current = nextSettlementDue;
      if (current == null || due.isBefore(current)) {
        nextSettlementDue = due;
      }
    }
    return w;
  }

  /** Every withdrawal, oldest first (due settlements applied). */
  public List<Withdrawal> withdrawals() {
    settleDueWithdrawals();
    return List.copyOf(withdrawals);
  }

  /** The withdrawal (due settlement applied), or null if unknown. */
  public Withdrawal withdrawal(String id) {
    settleDueWithdrawals();
    for (Withdrawal w : withdrawals) {
      if (w.id.equals(id)) {
        return w;
      }
    }
    return null;
  }

  /** Applies the configured automatic settlement to every PENDING withdrawal that is due. */
  public void settleDueWithdrawals() {
    if (withdrawalSettleAfter == null) {
      return;
    }
    Instant now = now();
    for (Withdrawal w : withdrawals) {
      if (w.status.equals("PENDING") && !now.isBefore(w.createdAt.plus(withdrawalSettleAfter))) {
        settle(w, withdrawalSettleOutcome, withdrawalSettleOutcome.equals("FAILED") ? "payout_rejected" : null);
      }
    }
    nextSettlementDue = earliestDue();
  }

  /** When the earliest PENDING withdrawal falls due for automatic settlement; null when none can. */
  private Instant earliestDue() {
    if (withdrawalSettleAfter == null) {
      return null;
    }
    Instant earliest = null;
    for (Withdrawal w : withdrawals) {
      if (w.status.equals("PENDING")) {
        Instant due = w.createdAt.plus(withdrawalSettleAfter);
        if (earliest == null || due.isBefore(earliest)) {
          earliest = due;
        }
      }
    }
    return earliest;
  }

  /**
   * Moves a PENDING withdrawal to PAID, or to FAILED returning its diamonds to the creator in one
   * {@code WITHDRAWAL_REVERSED} posting. A settled withdrawal never changes again.
   *
   * @throws IllegalStateException if {@code w} is not PENDING
   */
  public void settle(Withdrawal w, String status, String failureReason) {
    if (!w.status.equals("PENDING")) {
      throw new IllegalStateException("withdrawal " + w.id + " is already " + w.status);
    }
    if (status.equals("FAILED")) {
      ledger.post(Map.of(), "WITHDRAWAL_REVERSED",
          List.of(new Ledger.Movement(Ledger.DIAMONDS, Ledger.PAYOUTS, Ledger.user(w.userId), w.diamonds)),
          w.id, null, now());
      w.failureReason = failureReason;
    } else if (!status.equals("PAID")) {
      throw new IllegalArgumentException("a withdrawal settles PAID or FAILED, not " + status);
    }
    w.status = status;
    w.updatedAt = now();
  }
}
