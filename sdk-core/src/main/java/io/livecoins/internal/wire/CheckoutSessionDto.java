package io.livecoins.internal.wire;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire form of {@code CheckoutSession}: {@code {id, orderId, url, status, method, methods, failureReason,
 * expiresAt, updatedAt}}.
 */
public final class CheckoutSessionDto {
  public @Nullable String id;
  public @Nullable String orderId;
  public @Nullable String url;
  public @Nullable String status;
  public @Nullable String method;
  public @Nullable List<@Nullable CheckoutMethodDto> methods;
  public @Nullable String failureReason;
  public @Nullable Instant expiresAt;
  public @Nullable Instant updatedAt;

  /** Wire form of {@code CheckoutMethod}: {@code {id, name, kind}}. */
  public static final class CheckoutMethodDto {
    public @Nullable String id;
    public @Nullable String name;
    public @Nullable String kind;
  }

  /** {@code {session}}. */
  public static final class Envelope {
    public @Nullable CheckoutSessionDto session;
  }

  /** Body of {@code POST /v1/recharge-orders/{id}/checkout-session}: {@code {returnUrl}}. */
  public static final class OpenRequest {
    public @Nullable String returnUrl;
  }

  /** Body of {@code POST /v1/checkout-sessions/{id}/cancel}: {@code {}}. */
  public static final class CancelRequest {}
}
