package io.livecoins.testing;

import io.livecoins.testing.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A tiny JSON-over-HTTP client for the tests (OkHttp; JSON through Moshi's streaming API). */
final class TestApi {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** One answer: status, headers, raw body and the parsed JSON. */
  record Resp(int code, Headers headers, String body) {
    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      return (Map<String, Object>) Json.parse(body);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> obj(String name) {
      return (Map<String, Object>) json().get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> error() {
      return (Map<String, Object>) json().get("error");
    }

    String errorCode() {
      return (String) error().get("code");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> details() {
      return (Map<String, Object>) error().get("details");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String name) {
      return (List<Map<String, Object>>) json().get(name);
    }
  }

  final OkHttpClient client;
  final HttpUrl base;

  TestApi(LiveCoinsMockServer server) {
    this(server.url(), new OkHttpClient.Builder().retryOnConnectionFailure(false)
        .readTimeout(Duration.ofSeconds(10)).build());
  }

  TestApi(HttpUrl base, OkHttpClient client) {
    this.base = base;
    this.client = client;
  }

  HttpUrl url(String pathAndQuery) {
    return HttpUrl.get(base.toString().replaceAll("/$", "") + pathAndQuery);
  }

  Resp get(String token, String pathAndQuery) {
    Request.Builder b = new Request.Builder().url(url(pathAndQuery));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return execute(b.build());
  }

  Resp post(String token, String path, String key, Object body) {
    String text = body instanceof String s ? s : Json.write(body);
    Request.Builder b = new Request.Builder().url(url(path)).post(RequestBody.create(text, JSON));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return execute(b.build());
  }

  Resp execute(Request request) {
    try (Response r = client.newCall(request).execute()) {
      return new Resp(r.code(), r.headers(), r.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates an order for {@code packageId} in US paid by {@code provider}; returns the order id. */
  String createOrder(String token, String packageId, long priceMinor, String key) {
    Resp r = post(token, "/v1/recharge-orders", key, Map.of("packageId", packageId, "provider", "sandbox",
        "region", "US", "expectedPrice", Map.of("amountMinor", priceMinor, "currency", "USD")));
    if (r.code() != 201) {
      throw new AssertionError("create order: " + r.code() + " " + r.body());
    }
    return (String) r.obj("order").get("id");
  }

  Resp confirm(String token, String orderId, String paymentToken, String key) {
    return post(token, "/v1/recharge-orders/" + orderId + "/confirm", key, Map.of("paymentToken", paymentToken));
  }

  Resp sendGift(String token, String giftId, long quantity, long cost, String key) {
    return post(token, "/v1/gifts/send", key, Map.of("giftId", giftId, "recipientId", "carol",
        "streamId", "stream-carol", "quantity", quantity, "expectedCoinCost", cost));
  }

  static String sandboxToken(String orderId, String outcome) {
    return "sbx1." + orderId + "." + outcome + ".nonce1234";
  }
}
