package io.livecoins.internal.checkout;

import com.squareup.moshi.JsonDataException;
import io.livecoins.internal.Strings;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.ApiRequest;
import io.livecoins.internal.http.Urls;
import io.livecoins.internal.wire.CheckoutSessionDto;
import io.livecoins.internal.wire.Wire;
import io.livecoins.payment.CheckoutMethod;
import io.livecoins.payment.CheckoutPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The checkout-session endpoints of one client (its base URL, user and pipeline). Thread-safe. */
public final class CheckoutSessions {
  private final ApiClient api;

  public CheckoutSessions(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api == null");
  }

  /** Opens (or answers again) the hosted page of {@code orderId}. */
  public CheckoutPage open(String orderId, String returnUrl) {
    CheckoutSessionDto.OpenRequest body = new CheckoutSessionDto.OpenRequest();
    body.returnUrl = returnUrl;
    return api.newCall(ApiRequest.post(
            "/v1/recharge-orders/" + Urls.pathSegment(orderId) + "/checkout-session",
            api.json().encode(body, CheckoutSessionDto.OpenRequest.class),
            (bytes, json) -> page(json.decode(bytes, CheckoutSessionDto.Envelope.class), null, orderId)))
        .execute();
  }

  /** The session now. */
  public CheckoutPage get(String sessionId) {
    return api.newCall(ApiRequest.get(
            "/v1/checkout-sessions/" + Urls.pathSegment(sessionId),
            (bytes, json) -> page(json.decode(bytes, CheckoutSessionDto.Envelope.class), sessionId, null)))
        .execute();
  }

  /** Closes the session if it is still open; answers its final state. */
  public CheckoutPage cancel(String sessionId) {
    return api.newCall(ApiRequest.post(
            "/v1/checkout-sessions/" + Urls.pathSegment(sessionId) + "/cancel",
            api.json().encode(new CheckoutSessionDto.CancelRequest(), CheckoutSessionDto.CancelRequest.class),
            (bytes, json) -> page(json.decode(bytes, CheckoutSessionDto.Envelope.class), sessionId, null)))
        .execute();
  }

  private static CheckoutPage page(
      CheckoutSessionDto.Envelope envelope, @Nullable String sessionId, @Nullable String orderId) {
    CheckoutSessionDto dto = Wire.require(envelope.session, "session");
    String id = Wire.require(dto.id, "session.id");
    String order = Wire.require(dto.orderId, "session.orderId");
    if (sessionId != null && !id.equals(sessionId)) {
      throw new JsonDataException("asked for checkout session " + sessionId + " but got " + id);
    }
    if (orderId != null && !order.equals(orderId)) {
      throw new JsonDataException("opened a checkout for order " + orderId + " but got one for " + order);
    }
    String url = Wire.require(dto.url, "session.url");
    if (!(url.startsWith("https://") || url.startsWith("http://"))) {
      throw new JsonDataException("session.url is not an http(s) URL");
    }
    List<CheckoutMethod> methods = new ArrayList<>();
    for (CheckoutSessionDto.CheckoutMethodDto m : Wire.requireList(dto.methods, "session.methods")) {
      methods.add(new CheckoutMethod(Wire.require(m.id, "session.methods.id"),
          Wire.require(m.name, "session.methods.name"), Wire.require(m.kind, "session.methods.kind")));
    }
    String status = Wire.require(dto.status, "session.status");
    if (Strings.isBlank(status)) throw new JsonDataException("session.status is blank");
    return CheckoutPage.builder()
        .sessionId(id)
        .orderId(order)
        .url(url)
        .status(CheckoutPage.Status.fromWireName(status))
        .methods(methods)
        .expiresAt(Wire.require(dto.expiresAt, "session.expiresAt"))
        .method(dto.method)
        .failureReason(dto.failureReason)
        .build();
  }
}
