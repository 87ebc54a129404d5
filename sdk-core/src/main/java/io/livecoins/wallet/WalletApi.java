package io.livecoins.wallet;

import io.livecoins.Call;
import io.livecoins.Page;
import org.jspecify.annotations.Nullable;

/**
 * The wallet: balance, history, balance listeners, and a creator's earnings and withdrawals.
 * Obtain from {@code LiveCoins.wallet()}.
 *
 * <pre>{@code
 * WalletApi wallet = client.wallet();
 * wallet.addListener(w -> coinsLabel.setText(String.valueOf(w.coins())));
 * Wallet now = wallet.balance().execute();
 * for (Transaction t : wallet.allTransactions(50)) { ... }   // blocking; not on the main thread
 * }</pre>
 *
 * <p>Every method that talks to the server returns a {@link Call}: run it with {@code execute()}
 * (blocking) or {@code enqueue(callback)} (async, delivered on the client's callback executor).
 * Arguments are checked when the call is created, so a bad argument throws {@link
 * IllegalArgumentException} or {@link NullPointerException} before anything is sent. A call fails
 * with a {@link io.livecoins.errors.LiveCoinsException} (or subclass) whose {@code effect()} says whether
 * money may have moved.
 *
 * <p>Every response that carries a wallet ({@link #balance()}, {@link #withdraw(long,
 * PayoutMethod)}, and the recharge and gift APIs) updates a cached snapshot ({@link #cached()}) if
 * its version is newer; listeners hear about each newer version once, in increasing version order,
 * on the callback executor. An older version never replaces a newer one.
 *
 * <p>Thread-safe.
 */
public interface WalletApi {
  /** The page size of {@link #transactions()}. */
  int DEFAULT_PAGE_SIZE = 50;

  /** The largest page size the server accepts. */
  int MAX_PAGE_SIZE = 100;

  /**
   * {@return a call that reads the current wallet ({@code GET /v1/wallet}): coins, diamonds and
   * version} The result updates {@link #cached()}; if the cache already holds a newer version (a
   * later response overtook this one), the call returns that newer snapshot.
   */
  Call<Wallet> balance();

  /**
   * {@return the newest wallet snapshot seen in any response of this client, or null before the
   * first} Never makes a request.
   */
  @Nullable Wallet cached();

  /**
   * Registers {@code listener} to hear about every newer wallet snapshot, once per version, in
   * increasing version order, on the client's callback executor. It does not replay the current
   * snapshot: read {@link #cached()} for that. Adding the same listener twice has no effect.
   *
   * @param listener the listener to add
   * @throws NullPointerException if {@code listener} is null
   */
  void addListener(WalletListener listener);

  /**
   * Unregisters {@code listener}; a no-op if it was not registered.
   *
   * @param listener the listener to remove
   */
  void removeListener(WalletListener listener);

  /**
   * {@return a call for the first page of the wallet's history, newest first, {@value
   * #DEFAULT_PAGE_SIZE} per page}
   */
  Call<Page<Transaction>> transactions();

  /**
   * {@return a call for one page of the wallet's history, newest first ({@code GET
   * /v1/wallet/transactions})}
   *
   * @param limit the page size, 1 to {@value #MAX_PAGE_SIZE}
   * @param cursor null for the first page, else {@link Page#nextCursor()} of the previous page
   * @throws IllegalArgumentException if {@code limit} is out of range or {@code cursor} is blank
   */
  Call<Page<Transaction>> transactions(int limit, @Nullable String cursor);

  /**
   * {@return all of the wallet's history, newest first, fetching pages of {@code pageSize} lazily
   * as the iteration proceeds and stopping after the page whose {@code nextCursor} is null} Each
   * {@code iterator()} starts again from the first page.
   *
   * <p>The iterator's {@code hasNext()} and {@code next()} make <b>blocking</b> requests: never
   * iterate on Android's main thread. A failed request surfaces from {@code hasNext()} or {@code
   * next()} as the typed {@link io.livecoins.errors.LiveCoinsException}; the iterator stays where it was,
   * so calling {@code hasNext()} again retries the same page. A server that answers a page with the
   * same cursor it was asked for fails with {@link io.livecoins.errors.MalformedResponseException} instead
   * of looping forever. Iterators are not thread-safe.
   *
   * @param pageSize the page size, 1 to {@value #MAX_PAGE_SIZE}
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  Iterable<Transaction> allTransactions(int pageSize);

  /**
   * {@return a call for the creator's earnings ({@code GET /v1/creator/earnings}): diamonds,
   * withdrawable diamonds, minimum withdrawal, payout rate and today's cap} A user who is not a
   * creator gets {@link io.livecoins.errors.ForbiddenException} with reason {@code not_creator}.
   */
  Call<Earnings> earnings();

  /**
   * {@return a call that withdraws {@code diamonds} diamonds to {@code method} ({@code POST
   * /v1/creator/withdrawals})} The payout is {@code floor(diamonds * A / D)} at the creator's
   * {@link PayoutRate}; only the diamonds that payout consumes are debited and the remainder stays
   * (preview with {@link Earnings#quote(long)}). The result's wallet updates {@link #cached()}.
   *
   * <p>Idempotent: the call carries one idempotency key, reused by its automatic retries and by
   * {@link Call#clone()}, so retrying after a lost response never withdraws twice.
   *
   * <p>Fails with {@link io.livecoins.errors.BelowMinimumWithdrawalException} (below the minimum, or a
   * payout of zero), {@link io.livecoins.errors.LimitExceededException} (today's cap), {@link
   * io.livecoins.errors.InsufficientDiamondsException} (more than withdrawable), {@link
   * io.livecoins.errors.ForbiddenException} with reason {@code not_creator}; all with {@code
   * Effect.NOT_APPLIED}.
   *
   * @param diamonds the diamonds to withdraw, at least 1
   * @param method {@link PayoutMethod#BANK} or {@link PayoutMethod#PAYPAL}
   * @throws IllegalArgumentException if {@code diamonds < 1} or {@code method} is {@link
   *     PayoutMethod#UNKNOWN}
   * @throws NullPointerException if {@code method} is null
   */
  Call<WithdrawalResult> withdraw(long diamonds, PayoutMethod method);

  /**
   * {@return a call that reads one of the creator's withdrawals now ({@code GET
   * /v1/creator/withdrawals/{id}}), to follow it from {@link WithdrawalStatus#PENDING} to {@link
   * WithdrawalStatus#PAID} or {@link WithdrawalStatus#FAILED}} The answer also carries the wallet,
   * which updates {@link #cached()}: when a payout failed, the listeners hear about the diamonds
   * coming back (they come back exactly once, however often this is read).
   *
   * <p>A read: safe to repeat; never moves money. Another creator's withdrawal, or an unknown id,
   * fails with {@link io.livecoins.errors.NotFoundException} ({@code withdrawal}); a user who is not
   * a creator gets {@link io.livecoins.errors.ForbiddenException} with reason {@code not_creator}.
   *
   * @param withdrawalId {@link Withdrawal#id()}
   * @throws IllegalArgumentException if {@code withdrawalId} is blank
   * @throws NullPointerException if {@code withdrawalId} is null
   */
  Call<Withdrawal> withdrawal(String withdrawalId);

  /**
   * {@return a call for the first page of the creator's withdrawals, newest first, {@value
   * #DEFAULT_PAGE_SIZE} per page}
   */
  Call<Page<Withdrawal>> withdrawals();

  /**
   * {@return a call for one page of the creator's withdrawals in every status, newest first ({@code
   * GET /v1/creator/withdrawals})}
   *
   * @param limit the page size, 1 to {@value #MAX_PAGE_SIZE}
   * @param cursor null for the first page, else {@link Page#nextCursor()} of the previous page
   * @throws IllegalArgumentException if {@code limit} is out of range or {@code cursor} is blank
   */
  Call<Page<Withdrawal>> withdrawals(int limit, @Nullable String cursor);

  /**
   * {@return all of the creator's withdrawals, newest first, fetching pages of {@code pageSize}
   * lazily; behaves like {@link #allTransactions(int)} (blocking iteration: never on Android's main
   * thread; a failed page surfaces as the typed exception and {@code hasNext()} retries it)}
   *
   * @param pageSize the page size, 1 to {@value #MAX_PAGE_SIZE}
   * @throws IllegalArgumentException if {@code pageSize} is out of range
   */
  Iterable<Withdrawal> allWithdrawals(int pageSize);
}
