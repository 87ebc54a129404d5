package io.livecoins.internal.json;

import io.livecoins.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The wire error body: {@code {"error": {"code", "message", "requestId", "supportReference",
 * "details"}}}. Every text in it is the server's: the error mapper redacts it before any exception
 * carries it.
 */
public final class ErrorEnvelope {
  public @Nullable Body error;

  /** The error object. */
  public static final class Body {
    public @Nullable String code;
    public @Nullable String message;
    public @Nullable String requestId;
    /** What a person quotes to support; absent on older backends (the request id stands in). */
    public @Nullable String supportReference;
    public @Nullable Details details;
  }

  /** Every {@code details} field any error code uses; each error reads its own. */
  public static final class Details {
    public @Nullable String field;
    public @Nullable String reason;
    public @Nullable String resource;
    public @Nullable String status;
    public @Nullable String orderId;
    public @Nullable Long balance;
    public @Nullable Long required;
    public @Nullable Long shortfall;
    public @Nullable Long debt;
    public @Nullable Long minimumDiamonds;
    public @Nullable Long retryAfterSeconds;
    public @Nullable Money expectedPrice;
    public @Nullable Money currentPrice;
    public @Nullable Long expectedCoinCost;
    public @Nullable Long currentCoinCost;
    public @Nullable Money limit;
    public @Nullable Money remaining;
    public @Nullable String resetsAt;
    public @Nullable String limitKind;
    public @Nullable String setBy;
    public @Nullable Long limitCoins;
    public @Nullable Long remainingCoins;
    public @Nullable String capability;
    public @Nullable String region;
    public @Nullable String accountRegion;
    public @Nullable String requestedRegion;
    public @Nullable List<String> violations;
  }
}
