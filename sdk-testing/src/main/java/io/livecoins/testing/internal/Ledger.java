package io.livecoins.testing.internal;

import io.livecoins.testing.LedgerEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Double-entry ledger of coins and diamonds. Every movement is two entries (debit and credit) of the same
 * amount; user accounts never go below zero, system accounts may (they are where value is issued from).
 * Not thread-safe by itself: callers hold {@link MockState#lock()}.
 */
public final class Ledger {
  public static final String COINS = "COINS";
  public static final String DIAMONDS = "DIAMONDS";
  /**
   * Coins a user owes after a refund or chargeback of coins already spent: a user's {@code COIN_DEBT}
   * balance is the debt (never negative); its counterpart is {@link #COIN_RECEIVABLES}.
   */
  public static final String COIN_DEBT = "COIN_DEBT";
  /** Counterpart of users' coin debts. */
  public static final String COIN_RECEIVABLES = "system:coin-receivables";

  /** Where recharged coins come from. */
  public static final String COIN_ISSUANCE = "system:coin-issuance";
  /** Where spent gift coins go. */
  public static final String PLATFORM = "system:platform";
  /** Where gift diamonds come from. */
  public static final String DIAMOND_ISSUANCE = "system:diamond-issuance";
  /** Where withdrawn diamonds go. */
  public static final String PAYOUTS = "system:payouts";
  /** Counterpart of seed balances and manual adjustments. */
  public static final String ADJUSTMENTS = "system:adjustments";

  /** One user-visible transaction ({@code Transaction} on the wire). */
  public record UserTransaction(long sequence, String id, String userId, String type, long coins,
      long diamonds, Instant createdAt, String reference) {}

  /** A movement of {@code amount} of {@code asset} from one account to another. */
  public record Movement(String asset, String from, String to, long amount) {}

  private final List<LedgerEntry> entries = new ArrayList<>();
  private final Map<String, Long> balances = new HashMap<>();
  private final Map<String, Long> versions = new HashMap<>();
  private final List<UserTransaction> transactions = new ArrayList<>();
  private long transactionSeq;
  private long userTxSeq;

  public static String user(String userId) {
    return "user:" + userId;
  }

  public void openWallet(String userId) {
    versions.putIfAbsent(userId, 1L);
  }

  public boolean hasWallet(String userId) {
    return versions.containsKey(userId);
  }

  public long balance(String account, String asset) {
    return balances.getOrDefault(account + "|" + asset, 0L);
  }

  public long version(String userId) {
    return versions.getOrDefault(userId, 0L);
  }

  /**
   * Commits {@code movements} atomically as one posting of {@code type}: each user account touched gets
   * one user transaction. Returns the user transaction ids by user id.
   *
   * @throws IllegalStateException if a user account would go below zero (nothing is committed)
   * @throws ArithmeticException on overflow (nothing is committed)
   */
  public Map<String, String> post(Map<String, String> typeByUser, String defaultType, List<Movement> movements,
      String reference, String idempotencyScope, Instant now) {
    Map<String, Long> next = new HashMap<>();
    for (Movement m : movements) {
      if (m.amount() <= 0) {
        throw new IllegalArgumentException("movement amount must be > 0: " + m);
      }
      String fromKey = m.from() + "|" + m.asset();
      String toKey = m.to() + "|" + m.asset();
      next.put(fromKey, Math.subtractExact(next.getOrDefault(fromKey, balances.getOrDefault(fromKey, 0L)),
          m.amount()));
      next.put(toKey, Math.addExact(next.getOrDefault(toKey, balances.getOrDefault(toKey, 0L)), m.amount()));
    }
    for (Map.Entry<String, Long> e : next.entrySet()) {
      if (e.getKey().startsWith("user:") && e.getValue() < 0) {
        throw new IllegalStateException("posting would make " + e.getKey() + " negative: " + e.getValue());
      }
    }
    String txId = "ltx_" + (++transactionSeq);
    Map<String, long[]> perUser = new LinkedHashMap<>();
    for (Movement m : movements) {
      add(txId, m.from(), m.asset(), -m.amount(), typeFor(m.from(), typeByUser, defaultType), reference,
          idempotencyScope, now, perUser);
      add(txId, m.to(), m.asset(), m.amount(), typeFor(m.to(), typeByUser, defaultType), reference,
          idempotencyScope, now, perUser);
    }
    balances.putAll(next);
    Map<String, String> ids = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : perUser.entrySet()) {
      String userId = e.getKey();
      versions.merge(userId, 1L, Math::addExact);
      long seq = ++userTxSeq;
      String id = MockState.zeroPadded("txn_", seq, 6);
      transactions.add(new UserTransaction(seq, id, userId, typeFor(user(userId), typeByUser, defaultType),
          e.getValue()[0], e.getValue()[1], now, reference));
      ids.put(userId, id);
    }
    return ids;
  }

  private static String typeFor(String account, Map<String, String> typeByUser, String defaultType) {
    if (account.startsWith("user:")) {
      return typeByUser.getOrDefault(account.substring(5), defaultType);
    }
    return defaultType;
  }

  private void add(String txId, String account, String asset, long amount, String type, String reference,
      String scope, Instant now, Map<String, long[]> perUser) {
    entries.add(new LedgerEntry(entries.size() + 1, txId, account, asset, amount, type, reference, scope, now));
    if (account.startsWith("user:")) {
      long[] d = perUser.computeIfAbsent(account.substring(5), u -> new long[2]);
      if (asset.equals(COIN_DEBT)) {
        return; // the wallet changed (version), but debt is not a coin or diamond delta
      }
      int i = asset.equals(COINS) ? 0 : 1;
      d[i] = Math.addExact(d[i], amount);
    }
  }

  public List<LedgerEntry> entries() {
    return List.copyOf(entries);
  }

  /** The user's transactions, newest first. */
  public List<UserTransaction> transactions(String userId) {
    List<UserTransaction> out = new ArrayList<>();
    for (int i = transactions.size() - 1; i >= 0; i--) {
      if (transactions.get(i).userId().equals(userId)) {
        out.add(transactions.get(i));
      }
    }
    return out;
  }

  /** Checks the invariants; returns human-readable problems (empty when consistent). */
  public List<String> check() {
    List<String> problems = new ArrayList<>();
    Map<String, Long> sums = new HashMap<>();
    Map<String, Long> recomputed = new HashMap<>();
    Map<String, Long> perTx = new HashMap<>();
    for (LedgerEntry e : entries) {
      sums.merge(e.asset(), e.amount(), Math::addExact);
      recomputed.merge(e.account() + "|" + e.asset(), e.amount(), Math::addExact);
      perTx.merge(e.transactionId() + "|" + e.asset(), e.amount(), Math::addExact);
    }
    sums.forEach((asset, sum) -> {
      if (sum != 0) {
        problems.add("entries of " + asset + " sum to " + sum + ", not 0");
      }
    });
    perTx.forEach((tx, sum) -> {
      if (sum != 0) {
        problems.add("posting " + tx + " is unbalanced by " + sum);
      }
    });
    for (Map.Entry<String, Long> e : balances.entrySet()) {
      long fromEntries = recomputed.getOrDefault(e.getKey(), 0L);
      if (fromEntries != e.getValue()) {
        problems.add("balance " + e.getKey() + " is " + e.getValue() + " but its entries sum to " + fromEntries);
      }
      if (e.getKey().startsWith("user:") && e.getValue() < 0) {
        problems.add("user balance " + e.getKey() + " is negative: " + e.getValue());
      }
    }
    return problems;
  }
}
