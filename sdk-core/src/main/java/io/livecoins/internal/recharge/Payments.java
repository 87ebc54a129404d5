package io.livecoins.internal.recharge;

import io.livecoins.internal.Redactor;
import io.livecoins.internal.Strings;
import io.livecoins.payment.PaymentMethod;
import io.livecoins.payment.PaymentProvider;
import io.livecoins.payment.PaymentRequest;
import io.livecoins.payment.PaymentResult;
import io.livecoins.recharge.Order;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The registered payment providers, called so that a misbehaving host provider cannot escape untyped. */
final class Payments {
  private static final Logger log = LoggerFactory.getLogger("io.livecoins.recharge");

  private final Map<String, PaymentProvider> providers;

  Payments(Map<String, PaymentProvider> providers) {
    this.providers = Collections.unmodifiableMap(new LinkedHashMap<>(providers));
  }

  @Nullable PaymentProvider get(String providerId) {
    return providers.get(providerId);
  }

  Set<String> ids() {
    return providers.keySet();
  }

  /** Asks {@code provider} to pay for {@code order}; a throw or null counts as "may have been charged". */
  PaymentResult authorize(PaymentProvider provider, Order order, PaymentMethod method) {
    PaymentRequest paymentRequest =
        PaymentRequest.builder().orderId(order.id()).packageId(order.packageId())
            .coins(order.totalCoins()).price(order.price()).region(order.region()).method(method)
            .build();
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

  /** The token the order's provider still holds for it (a payment whose record was lost), or null. */
  @Nullable String recover(String providerId, String orderId) {
    PaymentProvider provider = providers.get(providerId);
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
}
