package io.livecoins.account;

import io.livecoins.Call;
import io.livecoins.Money;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user's account ({@code client.account()}): eligibility, price region and spending
 * limits in one cheap read, and the user's own (self-set) limits.
 *
 * <p>{@link #get()} is cached for a minute (on the client's clock) and emptied when an eligibility or
 * limit error arrives from any call ({@link io.livecoins.errors.ForbiddenException}, {@link
 * io.livecoins.errors.LimitExceededException}) and when a limit is changed through this API, so that
 * the next read shows the new state.
 *
 * <p>Thread-safe.
 */
public interface AccountApi {
  /** How long {@link #get()} answers from its cache. */
  java.time.Duration CACHE_TTL = java.time.Duration.ofMinutes(1);

  /**
   * The account ({@code GET /v1/account}), from the cache when it is fresh.
   *
   * @return a call for the account; nothing is sent until it is executed or enqueued
   * @throws IllegalStateException if the client was closed
   */
  Call<Account> get();

  /**
   * The last account read or returned by a limit change, if still cached.
   *
   * @return the cached account, or null when there is none or it was invalidated
   */
  @Nullable Account cached();

  /** Empties the cache: the next {@link #get()} asks the backend. */
  void invalidate();

  /**
   * Sets the user's own daily or per-purchase recharge limit ({@code POST /v1/account/limits}).
   * Lowering takes effect at once; raising waits for the backend's cooling-off period (24 hours on
   * the reference backend; see {@link SpendingLimit#pendingEffectiveAt()}). A backend or parental limit
   * still applies when it is lower.
   *
   * @param kind {@link LimitKind#RECHARGE_DAILY} or {@link LimitKind#RECHARGE_PER_PURCHASE}
   * @param limit the cap, in the account's currency
   * @return a call answering the account after the change; one idempotency key for all its retries
   * @throws IllegalArgumentException if {@code kind} is not a recharge kind (nothing is sent)
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the client was closed
   */
  Call<Account> setLimit(LimitKind kind, Money limit);

  /**
   * Sets the user's own daily or per-send gifting limit, in coins; otherwise like {@link
   * #setLimit(LimitKind, Money)}.
   *
   * @param kind {@link LimitKind#GIFTING_DAILY} or {@link LimitKind#GIFTING_PER_SEND}
   * @param coins the cap in coins; not negative
   * @return a call answering the account after the change
   * @throws IllegalArgumentException if {@code kind} is not a gifting kind or {@code coins} is
   *     negative (nothing is sent)
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalStateException if the client was closed
   */
  Call<Account> setLimit(LimitKind kind, long coins);

  /**
   * Clears the user's own limit of {@code kind} after the cooling-off period (a raise to "no limit");
   * backend and parental limits stay.
   *
   * @param kind a recharge or gifting kind
   * @return a call answering the account after the request
   * @throws IllegalArgumentException if {@code kind} cannot be self-set (nothing is sent)
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalStateException if the client was closed
   */
  Call<Account> clearLimit(LimitKind kind);
}
