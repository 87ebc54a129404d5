package io.livecoins.recharge;

import io.livecoins.Call;
import io.livecoins.Page;
import io.livecoins.payment.PaymentMethod;
import java.util.List;

/**
 * Recharge: the coin catalog, purchases, and recovery of interrupted purchases. Obtain it from
 * {@code LiveCoins.recharge()}.
 *
 * <pre>{@code
 * List<CoinPackage> packs = client.recharge().packages("US").execute();
 * CoinPackage pack = packs.get(0);
 * show(pack.totalCoins() + " coins for " + pack.price().format(locale));
 * PurchaseResult bought = client.recharge().purchase(pack, "sandbox", TestCard.VISA).execute();
 * if (bought.isCompleted()) show("+" + bought.coinsCredited() + " coins");
 *
 * // On start-up (and whenever you like): finish purchases a crash or a lost response interrupted.
 * client.recharge().resumePending().enqueue(callback);
 * }</pre>
 *
 * <p>Every method validates its arguments when it is called, so bad arguments throw {@link
 * IllegalArgumentException} or {@link NullPointerException} before any request; the returned
 * {@link Call} then runs blocking ({@code execute()}) or async ({@code enqueue()}) and fails with a
 * {@link io.livecoins.errors.LiveCoinsException} subclass whose {@code effect()} says whether money may
 * have moved. Every wallet a response carries updates the client's cached wallet and its listeners.
 * Thread-safe.
 */
public interface RechargeApi {
  /**
   * {@return the coin catalog of the account's region (the backend binds prices to the account), or of
   * the region set with {@code LiveCoins.Builder.region}; see {@link #packages(String)}}
   */
  Call<List<CoinPackage>> packages();

  /**
   * {@return the coin catalog of {@code region} ({@code GET /v1/coin-packages}): packages with
   * their prices in the region's currency (show them with {@link
   * io.livecoins.Money#format(java.util.Locale)}) and the providers that may pay for each}
   *
   * <p>The backend binds prices to the account's region: another region fails with {@link
   * io.livecoins.errors.RegionMismatchException} (a US account cannot shop at JP prices). Prefer
   * {@link #packages()}.
   *
   * @param region ISO 3166-1 alpha-2, such as {@code "US"}
   * @throws IllegalArgumentException if {@code region} is not two capital letters
   * @throws NullPointerException if {@code region} is null
   */
  Call<List<CoinPackage>> packages(String region);

  /**
   * Buys {@code coinPackage} through provider {@code providerId} with {@code method}; the
   * same as {@code purchase(PurchaseRequest.of(coinPackage, providerId, method))}.
   *
   * @param coinPackage the package the user chose, with the price they saw
   * @param providerId the id of a registered payment provider the package accepts
   * @param method the host's payment input for that provider
   * @return the call; nothing is sent until it is executed or enqueued
   * @throws IllegalArgumentException as {@link #purchase(PurchaseRequest)}
   */
  Call<PurchaseResult> purchase(CoinPackage coinPackage, String providerId, PaymentMethod method);

  /**
   * Buys a coin package, the whole flow: creates the order with the price the user saw,
   * records it in the {@link PendingOrderStore}, lets the payment provider authorize the payment,
   * confirms the payment token with the backend (which credits coins and bonus once), and removes
   * the record. A {@link OrderStatus#PENDING} answer is polled (0.5 s doubling to 5 s) until it
   * settles or {@link PurchaseRequest#pollTimeout()} passes; then the result {@linkplain
   * PurchaseResult#isPending() is pending}, its record stays, and {@link #resume(String)} or {@link
   * #resumePending()} finishes it.
   *
   * <p>Failures: {@link io.livecoins.errors.PriceChangedException} (refresh the catalog), {@link
   * io.livecoins.errors.PaymentCancelledException} and {@link io.livecoins.errors.PaymentDeclinedException}
   * (nothing charged, record removed), {@link io.livecoins.errors.PaymentUncertainException} (may have been
   * charged: record kept for {@link #resumePending()}), {@link PendingOrderStoreException} (the
   * record could not be saved: nothing charged), and the transport errors; any failure with effect
   * {@code UNKNOWN} leaves the record for {@link #resumePending()}. Retrying the same call ({@link
   * Call#clone()}) reuses its order and its confirmation key, so it never charges or credits twice.
   *
   * @param request the package, provider and payment method
   * @return the call; nothing is sent until it is executed or enqueued
   * @throws IllegalArgumentException if no provider with the request's id is registered, or the
   *     provider rejects the payment method
   * @throws NullPointerException if {@code request} is null
   */
  Call<PurchaseResult> purchase(PurchaseRequest request);

  /**
   * Finishes every purchase left between order creation and confirmation, exactly once:
   * each record of the {@link PendingOrderStore}, and each order the backend still lists as
   * awaiting payment or pending ({@code GET /v1/recharge-orders}) whose record was lost. Recorded
   * payment tokens are confirmed with the recorded idempotency key (a replay if the first
   * confirmation arrived); orders without a token ask their provider's {@link
   * io.livecoins.payment.PaymentProvider#recoverAuthorization(String)}. Pending payments are polled
   * for up to 30 seconds.
   *
   * <p>Returns one result per order it looked at: completed (credited now or before), failed or
   * expired (record removed), or still {@linkplain PurchaseResult#isPending() pending} (record kept,
   * for example an order no provider can recover a payment for; it expires on the server). Orders
   * the backend lists but that have no record and no recoverable payment were never paid and are
   * left to expire without a result. Purchases running in this client at the same time are skipped.
   * If the backend cannot be reached the call fails and keeps every record; call it again later.
   *
   * @return the call; nothing is sent until it is executed or enqueued
   */
  Call<List<PurchaseResult>> resumePending();

  /**
   * Finishes one order, as {@link #resumePending()} does, and returns its result; for an
   * order that already completed or failed, returns its current state.
   *
   * @param orderId the id of an order this client created
   * @return the call; nothing is sent until it is executed or enqueued
   * @throws IllegalArgumentException if {@code orderId} is blank
   * @throws NullPointerException if {@code orderId} is null
   */
  Call<PurchaseResult> resume(String orderId);

  /**
   * Reads one order ({@code GET /v1/recharge-orders/{id}}); a pending payment may settle
   * when it is read. Fails with {@link io.livecoins.errors.NotFoundException} for an unknown order
   * or another user's.
   *
   * @param orderId the order id, such as {@code "ord_3f9a…"}
   * @return the call; nothing is sent until it is executed or enqueued
   * @throws IllegalArgumentException if {@code orderId} is blank
   * @throws NullPointerException if {@code orderId} is null
   */
  Call<Order> order(String orderId);

  /**
   * {@return a call for one page of the user's purchase history ({@code GET /v1/recharge-orders}):
   * orders newest first, in the statuses {@code query} names (every status by default), each with
   * its {@link Receipt}} Pass the page's {@link Page#nextCursor()} back with {@link
   * OrderQuery#after} for the next page. A read: never pays, confirms or credits, and leaves the
   * pending-order store alone.
   *
   * <pre>{@code
   * Page<Receipt> recent = client.recharge().orders(OrderQuery.all().withLimit(20)).execute();
   * }</pre>
   *
   * @param query the statuses, page size and start cursor
   * @throws NullPointerException if {@code query} is null
   */
  Call<Page<Receipt>> orders(OrderQuery query);

  /**
   * {@return the whole purchase history of {@code query}, newest first, fetching pages of {@link
   * OrderQuery#limit()} lazily from {@link OrderQuery#cursor()} on} Like {@code
   * wallet().allTransactions(n)}: iteration makes <b>blocking</b> requests (never on Android's main
   * thread); a failed page surfaces as the typed exception and {@code hasNext()} retries it; a
   * server that repeats a cursor fails with {@link io.livecoins.errors.MalformedResponseException}.
   * Each {@code iterator()} starts again.
   *
   * @param query the statuses, page size and start cursor
   * @throws NullPointerException if {@code query} is null
   */
  Iterable<Receipt> allOrders(OrderQuery query);

  /**
   * {@return a call for the receipt of one of the user's orders ({@code GET
   * /v1/recharge-orders/{id}}), for example the order of a {@link PurchaseResult} or one a user
   * quotes} Fails with {@link io.livecoins.errors.NotFoundException} for an unknown order or
   * another user's.
   *
   * @param orderId the id of one of the user's orders
   * @throws IllegalArgumentException if {@code orderId} is blank
   * @throws NullPointerException if {@code orderId} is null
   */
  Call<Receipt> receipt(String orderId);
}
