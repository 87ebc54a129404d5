package io.livecoins.internal.recharge;

import com.squareup.moshi.JsonDataException;
import io.livecoins.Call;
import io.livecoins.errors.CallCancelledException;
import io.livecoins.errors.ConflictException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.InvalidRequestException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.PaymentCancelledException;
import io.livecoins.errors.PaymentDeclinedException;
import io.livecoins.errors.PaymentUncertainException;
import io.livecoins.errors.ServerException;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.Strings;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.FlowCall;
import io.livecoins.internal.http.Urls;
import io.livecoins.internal.wallet.WalletCache;
import io.livecoins.internal.wire.CatalogDto;
import io.livecoins.internal.wire.ConfirmOrderDto;
import io.livecoins.internal.wire.CreateOrderDto;
import io.livecoins.internal.wire.OrderDto;
import io.livecoins.internal.wire.OrderEnvelopeDto;
import io.livecoins.internal.wire.OrderPageDto;
import io.livecoins.internal.wire.Wire;
import io.livecoins.payment.DeclineReason;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.payment.PaymentRequest;
import io.livecoins.payment.PaymentResult;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.OrderStatus;
import io.livecoins.recharge.PendingOrder;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.PendingOrderStoreException;
import io.livecoins.recharge.PurchaseRequest;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.recharge.RechargeApi;
import io.livecoins.wallet.Wallet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recharge API over the pipeline: the catalog, the purchase flow (create → record → authorize →
 * confirm → poll → forget), and recovery of interrupted purchases. Thread-safe.
 */
public final class RealRechargeApi implements RechargeApi {
  private static final Logger log = LoggerFactory.getLogger("io.livecoins.recharge");
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
  static final Duration POLL_INITIAL = Duration.ofMillis(500);
  static final Duration POLL_MAX = Duration.ofSeconds(5);
  static final Duration RESUME_POLL_TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_SERVER_PAGES = 20;

  private final ApiClient api;
  private final WalletCache wallets;
  private final Map<String, PaymentProvider> providers;
  private final PendingOrderStore store;
  private final String defaultRegion;
  // Orders a purchase of this client is working on right now; resumePending() leaves them alone.
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  /** Creates the API; {@code providers} maps provider id to provider. */
  public RealRechargeApi(
      ApiClient api,
      WalletCache wallets,
      Map<String, PaymentProvider> providers,
      PendingOrderStore store,
      String defaultRegion) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.wallets = Objects.requireNonNull(wallets, "wallets == null");
    this.providers = Collections.unmodifiableMap(new LinkedHashMap<>(providers));
    this.store = Objects.requireNonNull(store, "store == null");
    this.defaultRegion = Objects.requireNonNull(defaultRegion, "defaultRegion == null");
  }

  // ---------------------------------------------------------------------------------------------
  // Catalog and reads

  @Override
  public Call<List<CoinPackage>> packages() {
    return packages(defaultRegion);
  }

  @Override
  public Call<List<CoinPackage>> packages(String region) {
    checkRegion(region);
    return api.newCall(
        ApiRequest.get(
            "/v1/coin-packages?region=" + Urls.queryValue(region),
            (body, json) -> json.decode(body, CatalogDto.class).toPackages(region)));
  }

  @Override
  public Call<Order> order(String orderId) {
    Strings.requireNonBlank(orderId, "orderId");
    ApiRequest<OrderSnapshot> get = getOrderRequest(orderId);
    return new FlowCall<>(api, false, call -> fetch(call, get).order);
  }

  // ---------------------------------------------------------------------------------------------
  // Purchase

  @Override
  public Call<PurchaseResult> purchase(CoinPackage coinPackage, String providerId, PaymentMethod method) {
    return purchase(PurchaseRequest.of(coinPackage, providerId, method));
  }

  @Override
  public Call<PurchaseResult> purchase(PurchaseRequest request) {
    Objects.requireNonNull(request, "request == null");
    PaymentProvider provider = providers.get(request.providerId());
    if (provider == null) {
      throw new IllegalArgumentException(
          "no payment provider with id " + request.providerId() + " is registered (registered: "
              + providers.keySet() + ")");
    }
    provider.checkMethod(request.paymentMethod());
    CoinPackage pack = request.coinPackage();
    CreateOrderDto create = new CreateOrderDto();
    create.packageId = pack.id();
    create.provider = request.providerId();
    create.region = pack.region();
    create.expectedPrice = pack.price();
    ApiRequest<Order> createRequest =
        ApiRequest.post(
            "/v1/recharge-orders",
            api.json().encode(create, CreateOrderDto.class),
            (body, json) -> checkCreated(json.decode(body, OrderEnvelopeDto.class), request));
    PurchaseFlow flow =
        new PurchaseFlow(request, provider, createRequest, ApiRequest.newIdempotencyKey());
    return new FlowCall<>(api, true, flow::run);
  }

  /** One purchase; shared by the call and its clones, so they reuse the order and the keys. */
  private final class PurchaseFlow {
    final PurchaseRequest request;
    final PaymentProvider provider;
    final ApiRequest<Order> createRequest;
    final String confirmKey;
    final AtomicBoolean ranBefore = new AtomicBoolean();

    PurchaseFlow(
        PurchaseRequest request,
        PaymentProvider provider,
        ApiRequest<Order> createRequest,
        String confirmKey) {
      this.request = request;
      this.provider = provider;
      this.createRequest = createRequest;
      this.confirmKey = confirmKey;
    }

    PurchaseResult run(FlowCall<PurchaseResult> call) {
      Order created;
      try {
        created = call.step(api.newCall(createRequest));
      } catch (LiveCoinsException e) {
        throw beforePayment(e);
      }
      boolean firstRun = ranBefore.compareAndSet(false, true);
      String orderId = created.id();
      inFlight.add(orderId);
      try {
        return pay(call, created, firstRun);
      } finally {
        inFlight.remove(orderId);
      }
    }

    private PurchaseResult pay(FlowCall<PurchaseResult> call, Order created, boolean firstRun) {
      String orderId = created.id();
      PendingOrder record = storeGet(orderId);
      if (record == null && !firstRun) {
        // A retry of this purchase after the earlier run finished or forgot it: look before paying.
        OrderSnapshot current = fetch(call, getOrderRequest(orderId));
        if (current.order.status() != OrderStatus.AWAITING_PAYMENT) {
          return settle(call, current, request.pollTimeout(), true);
        }
      }
      String token = null;
      if (record == null) {
        record =
            new PendingOrder(orderId, api.auth().userId(), created.packageId(), provider.id(), created.region(),
                created.price(), PendingOrder.State.CREATED, null, confirmKey,
                Instant.ofEpochMilli(api.clock().millis()));
        // Recorded before payment: if this fails, nothing was charged.
        storeSave(record, Effect.NOT_APPLIED);
      } else {
        token = record.paymentToken();
        if (token == null) token = recover(provider, orderId);
      }
      if (token == null) {
        if (call.isCanceled()) {
          removeQuietly(orderId); // nothing was paid
          call.checkCanceled();
        }
        PaymentResult payment = authorize(provider, created, request.paymentMethod());
        switch (payment.outcome()) {
          case AUTHORIZED:
            token = Objects.requireNonNull(payment.token());
            break;
          case COMPLETED_BY_BACKEND:
            // Hosted checkout: the backend completes the order itself; no token to confirm. The record
            // (no token) stays until the order settles; resumePending() reads the order if we stop here.
            call.effectIfCancelled(Effect.UNKNOWN);
            return settleCompletedByBackend(call, orderId, request.pollTimeout());
          case CANCELLED:
            removeQuietly(orderId);
            throw new PaymentCancelledException("the user cancelled the payment of order " + orderId, orderId);
          case DECLINED:
            removeQuietly(orderId);
            DeclineReason reason = Objects.requireNonNull(payment.declineReason());
            throw new PaymentDeclinedException(
                "payment of order " + orderId + " declined by provider " + provider.id() + ": "
                    + Redactor.redact(payment.message()),
                reason, orderId, 0, null);
          default:
            throw new PaymentUncertainException(
                "provider " + provider.id() + " cannot tell whether order " + orderId
                    + " was paid: " + Redactor.redact(payment.message())
                    + "; resumePending() finishes it",
                orderId, null);
        }
      }
      call.effectIfCancelled(Effect.UNKNOWN);
      if (!token.equals(record.paymentToken())) {
        record = record.withPaymentToken(token);
        saveAuthorized(record);
      }
      return confirmAndSettle(call, record, request.pollTimeout(), true);
    }
  }

  /** Reads an order the backend completes itself until it settles; a failed read leaves the outcome open. */
  private PurchaseResult settleCompletedByBackend(FlowCall<?> call, String orderId, Duration pollTimeout) {
    OrderSnapshot first;
    try {
      first = fetch(call, getOrderRequest(orderId));
    } catch (LiveCoinsException e) {
      if (e instanceof CallCancelledException) throw e;
      throw new PaymentUncertainException(
          "order " + orderId + " was paid on the checkout page but reading it failed (" + e.code()
              + "); resumePending() finishes it", orderId, e);
    }
    return settle(call, first, pollTimeout, true);
  }

  private Order checkCreated(OrderEnvelopeDto envelope, PurchaseRequest request) {
    Order order = Wire.require(envelope.order, "order").toOrder();
    CoinPackage pack = request.coinPackage();
    if (!order.packageId().equals(pack.id())
        || !order.price().equals(pack.price())
        || !order.provider().equals(request.providerId())) {
      throw new JsonDataException(
          "created order " + order.id() + " does not match the request (package, price or provider)");
    }
    return order;
  }

  private PaymentResult authorize(PaymentProvider provider, Order order, PaymentMethod method) {
    PaymentRequest paymentRequest =
        new PaymentRequest(order.id(), order.packageId(), order.totalCoins(), order.price(),
            order.region(), method);
    log.debug("authorizing order {} with provider {}", order.id(), provider.id());
    try {
      PaymentResult result = provider.authorize(paymentRequest);
      if (result == null) return PaymentResult.unknown("provider returned null");
      log.debug("provider {} answered {} for order {}", provider.id(), result, order.id());
      return result;
    } catch (RuntimeException e) {
      log.warn("payment provider {} threw for order {}: {}", provider.id(), order.id(),
          Redactor.redact(String.valueOf(e)));
      return PaymentResult.unknown("provider threw " + e.getClass().getName());
    }
  }

  private @Nullable String recover(@Nullable PaymentProvider provider, String orderId) {
    if (provider == null) return null;
    try {
      String token = provider.recoverAuthorization(orderId);
      if (token == null || Strings.isBlank(token) || token.length() > 2048) return null;
      log.debug("provider {} recovered the authorization of order {}", provider.id(), orderId);
      return token;
    } catch (RuntimeException e) {
      log.warn("recoverAuthorization of provider {} threw for order {}: {}", provider.id(), orderId,
          Redactor.redact(String.valueOf(e)));
      return null;
    }
  }

  /**
   * Confirms {@code record}'s token with its key, then settles. Definite failures remove the
   * record; anything that leaves the outcome open keeps it. With {@code throwOnFailure} false a
   * failed order is returned as a result instead (for resume).
   */
  private PurchaseResult confirmAndSettle(
      FlowCall<?> call, PendingOrder record, Duration pollTimeout, boolean throwOnFailure) {
    String orderId = record.orderId();
    ConfirmOrderDto confirm = new ConfirmOrderDto();
    confirm.paymentToken = Objects.requireNonNull(record.paymentToken());
    ApiRequest<OrderSnapshot> request =
        ApiRequest.post(
            "/v1/recharge-orders/" + Urls.pathSegment(orderId) + "/confirm",
            api.json().encode(confirm, ConfirmOrderDto.class),
            record.confirmKey(),
            (body, json) -> snapshot(json.decode(body, OrderEnvelopeDto.class), orderId));
    OrderSnapshot snapshot;
    try {
      snapshot = fetch(call, request);
    } catch (PaymentDeclinedException | NotFoundException | InvalidRequestException e) {
      // Declined, unknown order, or a token the backend refuses: this order can never complete.
      removeQuietly(orderId);
      if (throwOnFailure || e instanceof NotFoundException) throw e;
      return currentState(call, orderId);
    } catch (ConflictException e) {
      if (!"invalid_state".equals(e.reason())) throw e; // in progress: outcome open, record kept
      removeQuietly(orderId); // FAILED or EXPIRED already
      if (throwOnFailure) throw e;
      return currentState(call, orderId);
    } catch (LiveCoinsException e) {
      if (e.effect() != Effect.NOT_APPLIED || e instanceof CallCancelledException) throw e;
      // Refused for now (rate limited, signed out, ...) after the provider took the payment: the
      // record keeps the token, so this is "we're checking your payment", never "not charged".
      throw new PaymentUncertainException(
          "order " + orderId + " was paid but its confirmation failed (" + e.code()
              + "); resumePending() finishes it", orderId, e);
    }
    return settle(call, snapshot, pollTimeout, throwOnFailure);
  }

  /**
   * A failure before the provider was asked to pay: whatever became of the order (an unpaid order
   * expires), no money moved, so the purchase reports {@link Effect#NOT_APPLIED}, keeping the type.
   */
  private static LiveCoinsException beforePayment(LiveCoinsException e) {
    if (e.effect() == Effect.NOT_APPLIED) return e;
    String message = "creating the order failed before any payment: " + e.getMessage();
    LiveCoinsException result; // (the typed ones without a cause parameter carry it in the message)
    if (e instanceof MalformedResponseException) {
      result = new MalformedResponseException(message, e.httpStatus(), e.requestId(), Effect.NOT_APPLIED, e);
    } else if (e instanceof NetworkException) {
      result = new NetworkException(message, Effect.NOT_APPLIED, e);
    } else if (e instanceof ServerException) {
      result = new ServerException(e.code(), message, e.httpStatus(), Effect.NOT_APPLIED, e.requestId());
    } else if (e instanceof ConflictException) {
      result = new ConflictException(message, ((ConflictException) e).reason(), Effect.NOT_APPLIED, e.requestId());
    } else if (e instanceof CallCancelledException) {
      result = new CallCancelledException(Effect.NOT_APPLIED);
    } else {
      result = new LiveCoinsException(e.code(), message, e.httpStatus(), e.requestId(), Effect.NOT_APPLIED, e);
    }
    return result;
  }

  /** The order's state now, for resume to report after a definite failure. */
  private PurchaseResult currentState(FlowCall<?> call, String orderId) {
    OrderSnapshot snapshot = fetch(call, getOrderRequest(orderId));
    return new PurchaseResult(snapshot.order, snapshot.wallet);
  }

  /** Polls a non-terminal order until it settles or {@code pollTimeout} passes. */
  private PurchaseResult settle(
      FlowCall<?> call, OrderSnapshot snapshot, Duration pollTimeout, boolean throwOnFailure) {
    long deadline = api.clock().millis() + pollTimeout.toMillis();
    Duration delay = POLL_INITIAL;
    OrderSnapshot current = snapshot;
    while (!current.order.status().isTerminal()) {
      if (api.clock().millis() + delay.toMillis() > deadline) {
        log.debug("order {} still {} at the poll deadline; kept for resumePending()",
            current.order.id(), current.order.status());
        return new PurchaseResult(current.order, current.wallet);
      }
      call.sleep(delay);
      Duration doubled = delay.multipliedBy(2);
      delay = doubled.compareTo(POLL_MAX) > 0 ? POLL_MAX : doubled;
      try {
        current = fetch(call, getOrderRequest(current.order.id()));
      } catch (LiveCoinsException e) {
        if (e.effect() != Effect.NOT_APPLIED || !throwOnFailure) throw e;
        // The payment was handed over: a failed poll leaves the outcome open.
        throw new PaymentUncertainException(
            "lost contact while order " + current.order.id() + " was settling (" + e.code()
                + "); resumePending() finishes it", current.order.id(), e);
      }
    }
    Order order = current.order;
    removeQuietly(order.id());
    if (order.status() == OrderStatus.COMPLETED) {
      call.effectIfCancelled(Effect.APPLIED);
      log.debug("order {} completed: {} coins credited", order.id(), order.totalCoins());
      return new PurchaseResult(order, current.wallet);
    }
    if (!throwOnFailure) return new PurchaseResult(order, current.wallet);
    if (order.status() == OrderStatus.FAILED) {
      throw new PaymentDeclinedException(
          "payment of order " + order.id() + " failed: " + order.failureReason(),
          DeclineReason.fromWireName(order.failureReason()), order.id(), 0, null);
    }
    throw new ConflictException("order " + order.id() + " expired before it was paid",
        "invalid_state", Effect.NOT_APPLIED, null);
  }

  // ---------------------------------------------------------------------------------------------
  // Resume

  @Override
  public Call<List<PurchaseResult>> resumePending() {
    return new FlowCall<>(api, true, this::runResumePending);
  }

  @Override
  public Call<PurchaseResult> resume(String orderId) {
    Strings.requireNonBlank(orderId, "orderId");
    return new FlowCall<>(api, true, call -> resumeOne(call, orderId));
  }

  private List<PurchaseResult> runResumePending(FlowCall<List<PurchaseResult>> call) {
    List<PurchaseResult> results = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PendingOrder record : storeAll()) {
      if (!seen.add(record.orderId()) || inFlight.contains(record.orderId())) continue;
      PurchaseResult result = resumeRecord(call, record);
      if (result != null) results.add(result);
    }
    String cursor = null;
    for (int page = 0; page < MAX_SERVER_PAGES; page++) {
      String path = "/v1/recharge-orders?status=AWAITING_PAYMENT,PENDING&limit=100"
          + (cursor == null ? "" : "&cursor=" + Urls.queryValue(cursor));
      OrderPage orders =
          call.step(api.newCall(ApiRequest.get(path, (body, json) -> page(json.decode(body, OrderPageDto.class)))));
      for (Order order : orders.items) {
        if (!seen.add(order.id()) || inFlight.contains(order.id())) continue;
        PurchaseResult result = resumeUnrecorded(call, order);
        if (result != null) results.add(result);
      }
      cursor = orders.nextCursor;
      if (cursor == null) break;
    }
    return Collections.unmodifiableList(results);
  }

  private PurchaseResult resumeOne(FlowCall<PurchaseResult> call, String orderId) {
    PendingOrder record = storeGet(orderId);
    if (record != null) {
      PurchaseResult result = resumeRecord(call, record);
      if (result != null) return result;
      throw new NotFoundException("order " + orderId + " is unknown to the backend", "order", null);
    }
    OrderSnapshot snapshot = fetch(call, getOrderRequest(orderId));
    if (snapshot.order.status().isTerminal()) return new PurchaseResult(snapshot.order, snapshot.wallet);
    PurchaseResult result = resumeUnrecorded(call, snapshot.order);
    return result != null ? result : new PurchaseResult(snapshot.order, snapshot.wallet);
  }

  /** Finishes a recorded order; null if the backend does not know it (record removed). */
  private @Nullable PurchaseResult resumeRecord(FlowCall<?> call, PendingOrder record) {
    String orderId = record.orderId();
    OrderSnapshot snapshot;
    try {
      snapshot = fetch(call, getOrderRequest(orderId));
    } catch (NotFoundException e) {
      log.warn("pending order {} is unknown to the backend (another user's store?); record removed", orderId);
      removeQuietly(orderId);
      return null;
    }
    Order order = snapshot.order;
    if (order.status() != OrderStatus.AWAITING_PAYMENT) {
      return settle(call, snapshot, RESUME_POLL_TIMEOUT, false);
    }
    String token = record.paymentToken();
    if (token == null) {
      token = recover(providers.get(record.providerId()), orderId);
      if (token == null) {
        log.debug("order {} has no payment to confirm yet; kept", orderId);
        return new PurchaseResult(order, snapshot.wallet);
      }
      record = record.withPaymentToken(token);
      saveAuthorized(record);
    }
    log.debug("resuming order {}: confirming its payment", orderId);
    return confirmAndSettle(call, record, RESUME_POLL_TIMEOUT, false);
  }

  /** Finishes an order the backend lists but this store has no record of; null if nothing to do. */
  private @Nullable PurchaseResult resumeUnrecorded(FlowCall<?> call, Order order) {
    if (order.status() != OrderStatus.AWAITING_PAYMENT) {
      return settle(call, fetch(call, getOrderRequest(order.id())), RESUME_POLL_TIMEOUT, false);
    }
    String token = recover(providers.get(order.provider()), order.id());
    if (token == null) {
      log.debug("order {} awaits a payment no provider recovers; left to expire", order.id());
      return null;
    }
    // The first confirmation of this token from here: a fresh key (a COMPLETED order is never credited twice).
    PendingOrder record =
        new PendingOrder(order.id(), api.auth().userId(), order.packageId(), order.provider(), order.region(),
            order.price(), PendingOrder.State.AUTHORIZED, token, ApiRequest.newIdempotencyKey(),
            Instant.ofEpochMilli(api.clock().millis()));
    saveAuthorized(record);
    return confirmAndSettle(call, record, RESUME_POLL_TIMEOUT, false);
  }

  // ---------------------------------------------------------------------------------------------
  // Wire helpers

  private ApiRequest<OrderSnapshot> getOrderRequest(String orderId) {
    return ApiRequest.get(
        "/v1/recharge-orders/" + Urls.pathSegment(orderId),
        (body, json) -> snapshot(json.decode(body, OrderEnvelopeDto.class), orderId));
  }

  /** Runs a GET or confirm of one order and offers its wallet to the cache. */
  private OrderSnapshot fetch(FlowCall<?> call, ApiRequest<OrderSnapshot> request) {
    OrderSnapshot snapshot = call.step(api.newCall(request));
    if (snapshot.wallet != null) wallets.offer(snapshot.wallet);
    return snapshot;
  }

  private OrderSnapshot snapshot(OrderEnvelopeDto envelope, String orderId) {
    Order order = Wire.require(envelope.order, "order").toOrder();
    if (!order.id().equals(orderId)) {
      throw new JsonDataException("asked for order " + orderId + " but got " + order.id());
    }
    Wallet wallet = wallets.checkOwner(Wire.require(envelope.wallet, "wallet").toWallet());
    return new OrderSnapshot(order, wallet);
  }

  private static OrderPage page(OrderPageDto dto) {
    List<OrderDto> items = Wire.requireList(dto.items, "items");
    List<Order> orders = new ArrayList<>(items.size());
    for (OrderDto item : items) orders.add(item.toOrder());
    if (dto.nextCursor != null && Strings.isBlank(dto.nextCursor)) {
      throw new JsonDataException("nextCursor is blank");
    }
    return new OrderPage(orders, dto.nextCursor);
  }

  private static void checkRegion(String region) {
    Objects.requireNonNull(region, "region == null");
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must be ISO 3166-1 alpha-2 (two capital letters): " + region);
    }
  }

  /** An order with the wallet sent along with it. */
  private static final class OrderSnapshot {
    final Order order;
    final @Nullable Wallet wallet;

    OrderSnapshot(Order order, @Nullable Wallet wallet) {
      this.order = order;
      this.wallet = wallet;
    }
  }

  private static final class OrderPage {
    final List<Order> items;
    final @Nullable String nextCursor;

    OrderPage(List<Order> items, @Nullable String nextCursor) {
      this.items = items;
      this.nextCursor = nextCursor;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Store helpers: host stores may throw anything; report it typed.

  private @Nullable PendingOrder storeGet(String orderId) {
    try {
      return store.get(orderId);
    } catch (PendingOrderStoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PendingOrderStoreException("PendingOrderStore.get failed: " + e, e);
    }
  }

  private List<PendingOrder> storeAll() {
    try {
      return store.all();
    } catch (PendingOrderStoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PendingOrderStoreException("PendingOrderStore.all failed: " + e, e);
    }
  }

  private void storeSave(PendingOrder record, Effect effect) {
    try {
      store.save(record);
    } catch (PendingOrderStoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PendingOrderStoreException("PendingOrderStore.save failed: " + e, effect, e);
    }
  }

  /** Records the token; if the store fails, goes on (the provider can still recover it) rather than strand a payment. */
  private void saveAuthorized(PendingOrder record) {
    try {
      storeSave(record, Effect.UNKNOWN);
    } catch (PendingOrderStoreException e) {
      log.warn("could not record the payment token of order {}; confirming anyway: {}",
          record.orderId(), e.getMessage());
    }
  }

  private void removeQuietly(String orderId) {
    try {
      store.remove(orderId);
    } catch (RuntimeException e) {
      // The record stays; resumePending() sees the order's final state and removes it then.
      log.warn("could not remove the pending record of order {}: {}", orderId, String.valueOf(e));
    }
  }
}
