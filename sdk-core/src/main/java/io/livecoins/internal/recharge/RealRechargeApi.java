package io.livecoins.internal.recharge;

import io.livecoins.Call;
import io.livecoins.Page;
import io.livecoins.recharge.OrderQuery;
import io.livecoins.recharge.Receipt;
import io.livecoins.internal.Strings;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.FlowCall;
import io.livecoins.internal.wallet.WalletCache;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.recharge.CoinPackage;
import io.livecoins.recharge.Order;
import io.livecoins.recharge.PendingOrderStore;
import io.livecoins.recharge.PurchaseRequest;
import io.livecoins.recharge.PurchaseResult;
import io.livecoins.recharge.RechargeApi;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The recharge API: wires the catalog ({@link RechargeCatalog}), the order endpoints ({@link
 * OrderClient}), the signed-in user's records ({@link PendingRecords}), the purchase state machine
 * ({@link PurchaseFlow}), settlement ({@link Settlement}) and recovery ({@link Recovery}).
 * Thread-safe.
 */
public final class RealRechargeApi implements RechargeApi {
  private final ApiClient api;
  private final @Nullable String defaultRegion; // null: the account's (no region on the wire)
  private final RechargeCatalog catalog;
  private final OrderClient orders;
  private final PendingRecords records;
  private final Payments payments;
  private final Settlement settlement;
  private final Recovery recovery;
  // Orders a purchase is working on right now, in any client of this process (a client re-created
  // after sign-in, a widget's: they share the device's store); resume leaves them alone.
  private static final Set<String> IN_FLIGHT = ConcurrentHashMap.newKeySet();
  private final Set<String> inFlight = IN_FLIGHT;

  /** Creates the API; {@code providers} maps provider id to provider. */
  public RealRechargeApi(
      ApiClient api,
      WalletCache wallets,
      Map<String, PaymentProvider> providers,
      PendingOrderStore store,
      @Nullable String defaultRegion) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.defaultRegion = defaultRegion;
    this.catalog = new RechargeCatalog(api);
    this.orders = new OrderClient(api, wallets);
    this.records = new PendingRecords(store, api.auth());
    this.payments = new Payments(providers);
    this.settlement = new Settlement(orders, records);
    this.recovery = new Recovery(orders, records, payments, settlement, inFlight);
  }

  @Override
  public Call<List<CoinPackage>> packages() {
    return defaultRegion == null ? catalog.accountPackages() : packages(defaultRegion);
  }

  @Override
  public Call<List<CoinPackage>> packages(String region) {
    return catalog.packages(region);
  }

  @Override
  public Call<Order> order(String orderId) {
    Strings.requireNonBlank(orderId, "orderId");
    return new FlowCall<>(api, false, call -> orders.get(call, orderId).order);
  }

  @Override
  public Call<PurchaseResult> purchase(CoinPackage coinPackage, String providerId, PaymentMethod method) {
    return purchase(PurchaseRequest.of(coinPackage, providerId, method));
  }

  @Override
  public Call<PurchaseResult> purchase(PurchaseRequest request) {
    Objects.requireNonNull(request, "request == null");
    PaymentProvider provider = payments.get(request.providerId());
    if (provider == null) {
      throw new IllegalArgumentException(
          "no payment provider with id " + request.providerId() + " is registered (registered: "
              + payments.ids() + ")");
    }
    provider.checkMethod(request.paymentMethod());
    PurchaseFlow flow = new PurchaseFlow(orders, records, payments, settlement, inFlight, request, provider);
    return new FlowCall<>(api, true, flow::run);
  }

  @Override
  public Call<List<PurchaseResult>> resumePending() {
    return new FlowCall<>(api, true, recovery::resumeAll);
  }

  @Override
  public Call<PurchaseResult> resume(String orderId) {
    Strings.requireNonBlank(orderId, "orderId");
    return new FlowCall<>(api, true, call -> recovery.resumeOne(call, orderId));
  }

  // ---------------------------------------------------------------------------------------------
  // Purchase history and receipts (#13): reads only, delegated to OrderHistory.

  @Override
  public Call<Page<Receipt>> orders(OrderQuery query) {
    return new OrderHistory(api).orders(query);
  }

  @Override
  public Iterable<Receipt> allOrders(OrderQuery query) {
    return new OrderHistory(api).allOrders(query);
  }

  @Override
  public Call<Receipt> receipt(String orderId) {
    return new OrderHistory(api).receipt(orderId);
  }
}
