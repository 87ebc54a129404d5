package io.livecoins.internal.checkout;

import io.livecoins.internal.http.ApiClient;
import io.livecoins.payment.HostedCheckoutProvider;
import io.livecoins.payment.PaymentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Gives each client its own copy of a registered {@link HostedCheckoutProvider}, bound to the client's
 * checkout-session endpoints (its base URL, user and pipeline), without a public method for it. The
 * provider installs the hook in its static initializer; a provider instance exists before it is bound,
 * so the hook is always installed by then.
 */
public final class CheckoutBinding {
  /** Makes the bound copy. */
  public interface Hook {
    PaymentProvider bind(PaymentProvider provider, CheckoutSessions sessions);
  }

  private static volatile @Nullable Hook hook;

  private CheckoutBinding() {}

  /** Called once by {@link HostedCheckoutProvider}. */
  public static void install(Hook h) {
    hook = Objects.requireNonNull(h, "hook == null");
  }

  /** {@code providers} with every hosted checkout provider bound to {@code api}; others unchanged. */
  public static Map<String, PaymentProvider> bindAll(Map<String, PaymentProvider> providers, ApiClient api) {
    Map<String, PaymentProvider> out = new LinkedHashMap<>();
    CheckoutSessions sessions = null;
    for (Map.Entry<String, PaymentProvider> e : providers.entrySet()) {
      PaymentProvider p = e.getValue();
      if (p instanceof HostedCheckoutProvider) {
        if (sessions == null) sessions = new CheckoutSessions(api);
        p = Objects.requireNonNull(hook, "hook").bind(p, sessions);
      }
      out.put(e.getKey(), p);
    }
    return out;
  }
}
