package io.livecoins.internal.account;

import io.livecoins.Call;
import io.livecoins.Money;
import io.livecoins.account.Account;
import io.livecoins.account.AccountApi;
import io.livecoins.account.LimitKind;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.LimitExceededException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.FlowCall;
import io.livecoins.internal.wire.AccountDto;
import io.livecoins.internal.wire.SetLimitRequestDto;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The account API: {@code GET /v1/account} cached for {@link AccountApi#CACHE_TTL} on the client's
 * clock, emptied by every eligibility or limit error the pipeline maps (any call of this client) and by
 * every limit change; {@code POST /v1/account/limits}. Thread-safe.
 */
public final class RealAccountApi implements AccountApi {
  static final String PATH = "/v1/account";
  static final String LIMITS_PATH = "/v1/account/limits";

  private final ApiClient api;
  private final AtomicReference<@Nullable Cached> cache = new AtomicReference<>();
  // Bumped by invalidate(): an answer fetched before an invalidation is not cached.
  private final AtomicLong generation = new AtomicLong();

  /** Creates the API and registers it as the pipeline's failure observer. */
  public RealAccountApi(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api == null");
    api.observeFailures(this::onFailure);
  }

  private static final class Cached {
    final Account account;
    final long fetchedAtMillis;

    Cached(Account account, long fetchedAtMillis) {
      this.account = account;
      this.fetchedAtMillis = fetchedAtMillis;
    }
  }

  @Override
  public Call<Account> get() {
    api.checkOpen();
    return new FlowCall<>(
        api,
        false,
        call -> {
          Account fresh = cached();
          if (fresh != null) return fresh;
          long before = generation.get();
          Account account =
              call.step(api.newCall(ApiRequest.get(PATH, (body, json) -> decode(body))));
          store(account, before);
          return account;
        });
  }

  @Override
  public @Nullable Account cached() {
    Cached c = cache.get();
    if (c == null) return null;
    long now = api.clock().millis();
    if (now < c.fetchedAtMillis || now - c.fetchedAtMillis >= CACHE_TTL.toMillis()) return null;
    return c.account;
  }

  @Override
  public void invalidate() {
    generation.incrementAndGet();
    cache.set(null);
  }

  @Override
  public Call<Account> setLimit(LimitKind kind, Money limit) {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(limit, "limit == null");
    if (!kind.isMoney() || kind == LimitKind.WITHDRAWAL_DAILY) {
      throw new IllegalArgumentException(kind + " is not a recharge limit; use setLimit(kind, coins)");
    }
    return change(SetLimitRequestDto.of(kind.wireName(), limit, null));
  }

  @Override
  public Call<Account> setLimit(LimitKind kind, long coins) {
    Objects.requireNonNull(kind, "kind == null");
    if (!kind.isCoins()) {
      throw new IllegalArgumentException(kind + " is not a gifting limit; use setLimit(kind, money)");
    }
    if (coins < 0) throw new IllegalArgumentException("coins < 0: " + coins);
    return change(SetLimitRequestDto.of(kind.wireName(), null, coins));
  }

  @Override
  public Call<Account> clearLimit(LimitKind kind) {
    Objects.requireNonNull(kind, "kind == null");
    if (!kind.isCoins() && !(kind.isMoney() && kind != LimitKind.WITHDRAWAL_DAILY)) {
      throw new IllegalArgumentException(kind + " cannot be set by the user");
    }
    return change(SetLimitRequestDto.of(kind.wireName(), null, null));
  }

  /** One change: its key is chosen now, so retries and clones of the call reuse it. */
  private Call<Account> change(SetLimitRequestDto dto) {
    api.checkOpen();
    ApiRequest<Account> request =
        ApiRequest.post(
            LIMITS_PATH,
            api.json().encode(dto, SetLimitRequestDto.class),
            ApiRequest.newIdempotencyKey(),
            (body, json) -> decode(body));
    return new FlowCall<>(
        api,
        true,
        call -> {
          invalidate(); // whatever the outcome, the cached limits may be stale now
          long before = generation.get();
          Account account = call.step(api.newCall(request));
          store(account, before);
          return account;
        });
  }

  private Account decode(byte[] body) throws java.io.IOException {
    return api.json().decode(body, AccountDto.class).toAccount(api.auth().userId());
  }

  private void store(Account account, long fetchedInGeneration) {
    Cached fresh = new Cached(account, api.clock().millis());
    cache.set(fresh);
    // An invalidation raced with the fetch: its answer may predate the error or the change.
    if (generation.get() != fetchedInGeneration) cache.compareAndSet(fresh, null);
  }

  private void onFailure(LiveCoinsException failure) {
    if (failure instanceof ForbiddenException || failure instanceof LimitExceededException) {
      invalidate();
    }
  }
}
