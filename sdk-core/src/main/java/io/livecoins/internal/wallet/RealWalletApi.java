package io.livecoins.internal.wallet;

import io.livecoins.Call;
import io.livecoins.Page;
import io.livecoins.internal.PageIterator;
import io.livecoins.internal.Strings;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.Urls;
import io.livecoins.internal.wire.EarningsDto;
import io.livecoins.internal.wire.TransactionPageDto;
import io.livecoins.internal.wire.WalletDto;
import io.livecoins.internal.wire.WithdrawRequestDto;
import io.livecoins.internal.wire.WithdrawResponseDto;
import io.livecoins.internal.wire.WithdrawalPageDto;
import io.livecoins.wallet.Earnings;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Transaction;
import io.livecoins.wallet.Wallet;
import io.livecoins.wallet.WalletApi;
import io.livecoins.wallet.WalletListener;
import io.livecoins.wallet.Withdrawal;
import io.livecoins.wallet.WithdrawalResult;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The wallet API over the pipeline. Thread-safe. */
public final class RealWalletApi implements WalletApi {
  private final ApiClient api;
  private final WalletCache wallets;
  /** {@code GET /v1/wallet}: immutable (a GET has no idempotency key), so built once. */
  private final ApiRequest<Wallet> balanceRequest;

  /** Creates the API over {@code api}, offering every wallet it reads to {@code wallets}. */
  public RealWalletApi(ApiClient api, WalletCache wallets) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.wallets = Objects.requireNonNull(wallets, "wallets == null");
    this.balanceRequest =
        ApiRequest.get(
            "/v1/wallet",
            (body, json) -> {
              Wallet wallet = wallets.checkOwner(json.decode(body, WalletDto.class).toWallet());
              wallets.offer(wallet);
              return newest(wallet);
            });
  }

  @Override
  public Call<Wallet> balance() {
    api.checkOpen();
    return api.newCall(balanceRequest);
  }

  /** {@code wallet}, or the cached snapshot of the same user if that is newer. */
  private Wallet newest(Wallet wallet) {
    Wallet latest = wallets.latest();
    if (latest != null && latest.userId().equals(wallet.userId()) && latest.isNewerThan(wallet)) {
      return latest;
    }
    return wallet;
  }

  @Override
  public @Nullable Wallet cached() {
    return wallets.latest();
  }

  @Override
  public void addListener(WalletListener listener) {
    wallets.addListener(listener);
  }

  @Override
  public void removeListener(WalletListener listener) {
    wallets.removeListener(listener);
  }

  @Override
  public Call<Page<Transaction>> transactions() {
    return transactions(DEFAULT_PAGE_SIZE, null);
  }

  @Override
  public Call<Page<Transaction>> transactions(int limit, @Nullable String cursor) {
    api.checkOpen();
    checkPageSize(limit, "limit");
    if (cursor != null && Strings.isBlank(cursor)) {
      throw new IllegalArgumentException("cursor is blank (pass null for the first page)");
    }
    StringBuilder path = new StringBuilder("/v1/wallet/transactions?limit=").append(limit);
    if (cursor != null) path.append("&cursor=").append(Urls.queryValue(cursor));
    return api.newCall(
        ApiRequest.get(
            path.toString(), (body, json) -> json.decode(body, TransactionPageDto.class).toPage()));
  }

  @Override
  public Iterable<Transaction> allTransactions(int pageSize) {
    checkPageSize(pageSize, "pageSize");
    return () -> new PageIterator<>(cursor -> transactions(pageSize, cursor), "transactions");
  }

  @Override
  public Call<Earnings> earnings() {
    api.checkOpen();
    return api.newCall(
        ApiRequest.get(
            "/v1/creator/earnings",
            (body, json) -> json.decode(body, EarningsDto.class).toEarnings()));
  }

  @Override
  public Call<WithdrawalResult> withdraw(long diamonds, PayoutMethod method) {
    api.checkOpen();
    if (diamonds < 1) throw new IllegalArgumentException("diamonds must be at least 1: " + diamonds);
    Objects.requireNonNull(method, "method == null");
    if (method == PayoutMethod.UNKNOWN) {
      throw new IllegalArgumentException("method must be BANK or PAYPAL, not UNKNOWN");
    }
    byte[] body =
        api.json()
            .encode(WithdrawRequestDto.of(diamonds, method.wireName()), WithdrawRequestDto.class);
    return api.newCall(
        ApiRequest.post(
            "/v1/creator/withdrawals",
            body,
            (bytes, json) -> {
              WithdrawalResult result = json.decode(bytes, WithdrawResponseDto.class).toResult();
              Withdrawal made = result.withdrawal();
              if (made.diamonds() > diamonds) { // consumed is at most what was asked for
                throw new IllegalArgumentException(
                    "the withdrawal " + made.id() + " consumed more diamonds than asked");
              }
              wallets.offer(wallets.checkOwner(result.wallet()));
              return result;
            }));
  }

  @Override
  public Call<Withdrawal> withdrawal(String withdrawalId) {
    Strings.requireNonBlank(withdrawalId, "withdrawalId");
    return api.newCall(
        ApiRequest.get(
            "/v1/creator/withdrawals/" + Urls.pathSegment(withdrawalId),
            (bytes, json) -> {
              WithdrawalResult result = json.decode(bytes, WithdrawResponseDto.class).toResult();
              if (!result.withdrawal().id().equals(withdrawalId)) {
                throw new IllegalArgumentException("the response carries another withdrawal");
              }
              wallets.offer(wallets.checkOwner(result.wallet()));
              return result.withdrawal();
            }));
  }

  @Override
  public Call<Page<Withdrawal>> withdrawals() {
    return withdrawals(DEFAULT_PAGE_SIZE, null);
  }

  @Override
  public Call<Page<Withdrawal>> withdrawals(int limit, @Nullable String cursor) {
    checkPageSize(limit, "limit");
    if (cursor != null && Strings.isBlank(cursor)) {
      throw new IllegalArgumentException("cursor is blank (pass null for the first page)");
    }
    StringBuilder path = new StringBuilder("/v1/creator/withdrawals?limit=").append(limit);
    if (cursor != null) path.append("&cursor=").append(Urls.queryValue(cursor));
    return api.newCall(
        ApiRequest.get(
            path.toString(), (body, json) -> json.decode(body, WithdrawalPageDto.class).toPage()));
  }

  @Override
  public Iterable<Withdrawal> allWithdrawals(int pageSize) {
    checkPageSize(pageSize, "pageSize");
    return () -> new PageIterator<>(cursor -> withdrawals(pageSize, cursor), "withdrawals");
  }

  private static void checkPageSize(int size, String name) {
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(name + " must be 1.." + MAX_PAGE_SIZE + ": " + size);
    }
  }
}
