package io.livecoins.testing.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Hosted checkout: the API side ({@code POST /v1/recharge-orders/{id}/checkout-session}, {@code GET
 * /v1/checkout-sessions/{id}}, {@code POST /v1/checkout-sessions/{id}/cancel}) and the browser side, a
 * plain HTML page at {@code /checkout/{sessionId}} whose form the user submits (pick a method, then pay,
 * decline, leave pending or close). The backend completes the order itself when the page is paid; the
 * app is told through the return URL and the session's state, never through a token.
 */
public final class CheckoutHandler {
  /** The provider id of orders paid on the hosted page. */
  public static final String PROVIDER = "web";
  static final Duration SESSION_TTL = Duration.ofMinutes(15);
  /** Order polls a "stay pending" payment needs before the mock settles it by itself (practically never). */
  static final int STAY_PENDING_POLLS = 1_000_000;

  /** One payment method the page offers. */
  public record Method(String id, String name, String kind) {}

  /** One session; guarded by the state lock. */
  static final class Session {
    final String id;
    final String orderId;
    final String userId;
    final String url;
    final String returnUrl;
    final List<Method> methods;
    final Instant createdAt;
    final Instant expiresAt;
    String status = "OPEN";
    String method;
    String failureReason;
    Instant updatedAt;

    Session(String id, String orderId, String userId, String url, String returnUrl, List<Method> methods,
        Instant createdAt, Instant expiresAt) {
      this.id = id;
      this.orderId = orderId;
      this.userId = userId;
      this.url = url;
      this.returnUrl = returnUrl;
      this.methods = methods;
      this.createdAt = createdAt;
      this.expiresAt = expiresAt;
      this.updatedAt = createdAt;
    }
  }

  private final MockState state;
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  // Faults on cue, consumed by the next payment on the page (guarded by the state lock).
  private int returnsToLose;
  private int completionDelayPolls;

  public CheckoutHandler(MockState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("POST", "/v1/recharge-orders/{id}/checkout-session", this::open);
    router.add("GET", "/v1/checkout-sessions/{id}", this::get);
    router.add("POST", "/v1/checkout-sessions/{id}/cancel", this::cancel);
  }

  /** The methods the page offers in {@code region}: PayPal everywhere, then regional wallets and banks. */
  public static List<Method> methods(String region) {
    List<Method> out = new ArrayList<>();
    out.add(new Method("paypal", "PayPal", "WALLET"));
    switch (region) {
      case "ID" -> {
        out.add(new Method("ovo", "OVO", "EWALLET"));
        out.add(new Method("gopay", "GoPay", "EWALLET"));
        out.add(new Method("va_bca", "BCA Virtual Account", "BANK_TRANSFER"));
      }
      case "DE" -> {
        out.add(new Method("sepa", "SEPA bank transfer", "BANK_TRANSFER"));
        out.add(new Method("klarna", "Klarna", "EWALLET"));
      }
      case "GB" -> out.add(new Method("open_banking", "Pay by bank", "BANK_TRANSFER"));
      case "JP" -> {
        out.add(new Method("paypay", "PayPay", "EWALLET"));
        out.add(new Method("konbini", "Konbini", "BANK_TRANSFER"));
      }
      case "KR" -> {
        out.add(new Method("kakaopay", "KakaoPay", "EWALLET"));
        out.add(new Method("naverpay", "Naver Pay", "EWALLET"));
      }
      case "KW", "BH" -> out.add(new Method("knet", "KNET", "BANK_TRANSFER"));
      default -> {
        out.add(new Method("venmo", "Venmo", "EWALLET"));
        out.add(new Method("ach", "Bank transfer (ACH)", "BANK_TRANSFER"));
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Faults on cue

  /** The next {@code n} payments on the page end on a "you can close this window" page instead of the return URL. */
  public void loseReturns(int n) {
    state.locked(() -> returnsToLose = n);
  }

  /** The next approved payment is credited only after {@code polls} reads of its order. */
  public void delayCompletion(int polls) {
    state.locked(() -> completionDelayPolls = polls);
  }

  /** The status of every session, oldest first ({@code id -> status}). */
  public Map<String, String> statuses() {
    return state.locked(() -> {
      Map<String, String> out = new LinkedHashMap<>();
      for (Session s : sessions.values()) {
        out.put(s.id, effectiveStatus(s));
      }
      return out;
    });
  }

  /** Settles a payment left pending on the page: the bank transfer arrived, the order is credited. */
  public void settlePending(String sessionId) {
    state.locked(() -> {
      Session s = sessions.get(sessionId);
      if (s == null || !s.status.equals("PENDING")) {
        throw new IllegalStateException("no pending session " + sessionId);
      }
      MockState.Order o = state.order(s.orderId);
      state.complete(o, null);
      s.status = "PAID";
      s.updatedAt = state.now();
      return null;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // API

  private ApiResponse open(Call call) {
    String returnUrl = call.string("returnUrl");
    if (returnUrl.length() > 2048 || !returnUrl.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]+")) {
      throw ApiException.invalid("returnUrl", "malformed", "returnUrl must be an absolute URL.");
    }
    String host = call.header("Host");
    return state.locked(() -> {
      MockState.Order o = state.order(call.pathParam("id"));
      if (o == null || !o.userId.equals(call.user().id())) {
        throw ApiException.notFound("order", "No order " + call.pathParam("id") + ".");
      }
      if (!o.provider.equals(PROVIDER)) {
        throw ApiException.invalid("provider", "unsupported",
            "Order " + o.id + " is paid with " + o.provider + ", not on the hosted checkout page.");
      }
      for (Session s : sessions.values()) {
        if (s.orderId.equals(o.id) && effectiveStatus(s).equals("OPEN") && s.returnUrl.equals(returnUrl)) {
          return ApiResponse.json(200, Maps.of("session", view(s)));
        }
      }
      if (!o.status.equals("AWAITING_PAYMENT")) {
        throw ApiException.invalidState(o.status);
      }
      String id = state.nextId("cs_");
      Instant now = state.now();
      Instant orderExpiry = o.createdAt.plus(state.settings().orderTimeToLive());
      Instant expiry = now.plus(SESSION_TTL).isBefore(orderExpiry) ? now.plus(SESSION_TTL) : orderExpiry;
      Session s = new Session(id, o.id, o.userId, "http://" + host + "/checkout/" + id, returnUrl,
          methods(o.region), now, expiry);
      sessions.put(id, s);
      return ApiResponse.ok(Maps.of("session", view(s)));
    });
  }

  private ApiResponse get(Call call) {
    return state.locked(() -> ApiResponse.ok(Maps.of("session", view(owned(call)))));
  }

  private ApiResponse cancel(Call call) {
    return state.locked(() -> {
      Session s = owned(call);
      if (effectiveStatus(s).equals("OPEN")) {
        close(s);
      }
      return ApiResponse.ok(Maps.of("session", view(s)));
    });
  }

  private Session owned(Call call) {
    Session s = sessions.get(call.pathParam("id"));
    if (s == null || !s.userId.equals(call.user().id())) {
      throw ApiException.notFound("checkout_session", "No checkout session " + call.pathParam("id") + ".");
    }
    return s;
  }

  /** Applies expiry: an open session past its expiry (or whose order expired) is EXPIRED. */
  private String effectiveStatus(Session s) {
    if (s.status.equals("OPEN")) {
      MockState.Order o = state.order(s.orderId);
      if (!state.now().isBefore(s.expiresAt) || !o.status.equals("AWAITING_PAYMENT")) {
        s.status = "EXPIRED";
        s.updatedAt = state.now();
      }
    }
    return s.status;
  }

  private void close(Session s) {
    s.status = "CANCELLED";
    s.updatedAt = state.now();
  }

  private Map<String, Object> view(Session s) {
    String status = effectiveStatus(s);
    List<Object> methods = new ArrayList<>();
    for (Method m : s.methods) {
      methods.add(Maps.of("id", m.id(), "name", m.name(), "kind", m.kind()));
    }
    Map<String, Object> m = Maps.of("id", s.id, "orderId", s.orderId, "url", s.url, "status", status,
        "methods", methods, "expiresAt", s.expiresAt.toString(), "updatedAt", s.updatedAt.toString());
    if (s.method != null) {
      m.put("method", s.method);
    }
    if (s.failureReason != null) {
      m.put("failureReason", s.failureReason);
    }
    return m;
  }

  // ---------------------------------------------------------------------------------------------
  // The hosted page (browser side, outside the JSON API: no bearer token, HTML and form posts)

  /** Whether {@code path} belongs to the hosted page. */
  static boolean isPage(String path) {
    return path.startsWith("/checkout/");
  }

  MockResponse page(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String id = url.encodedPath().substring("/checkout/".length());
    String method = request.getMethod();
    return state.locked(() -> {
      Session s = sessions.get(id);
      if (s == null) {
        return html(404, "Not found", "<p>No such checkout session.</p>");
      }
      if (method.equals("GET")) {
        return form(s);
      }
      if (!method.equals("POST")) {
        return html(405, "Method not allowed", "<p>GET or POST only.</p>");
      }
      Map<String, String> form = formFields(request.getBody() == null ? "" : request.getBody().utf8());
      return submit(s, form);
    });
  }

  private MockResponse form(Session s) {
    String status = effectiveStatus(s);
    MockState.Order o = state.order(s.orderId);
    if (!status.equals("OPEN")) {
      return html(200, "Checkout " + status.toLowerCase(java.util.Locale.ROOT),
          "<p id=\"status\">This checkout is " + status + ".</p><p>You can close this window.</p>");
    }
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"summary\"><span id=\"coins\">").append(Math.addExact(o.coins, o.bonusCoins))
        .append(" coins</span> &middot; <span id=\"price\">").append(price(o.priceMinor, o.currency))
        .append("</span><br><small>order ").append(esc(o.id)).append(" &middot; ").append(esc(o.region))
        .append("</small></p>\n");
    b.append("<form method=\"post\" action=\"/checkout/").append(esc(s.id)).append("\">\n");
    b.append("<fieldset><legend>Pay with</legend>\n");
    boolean first = true;
    for (Method m : s.methods) {
      b.append("<label class=\"method\"><input type=\"radio\" name=\"method\" value=\"").append(esc(m.id()))
          .append("\" id=\"method-").append(esc(m.id())).append('"').append(first ? " checked" : "")
          .append("> ").append(esc(m.name())).append(" <small>")
          .append(esc(m.kind().replace('_', ' ').toLowerCase(java.util.Locale.ROOT))).append("</small></label>\n");
      first = false;
    }
    b.append("</fieldset>\n");
    b.append("<button type=\"submit\" name=\"outcome\" value=\"approve\" id=\"approve\" class=\"pay\">Pay ")
        .append(price(o.priceMinor, o.currency)).append("</button>\n");
    b.append("<fieldset class=\"sandbox\"><legend>Sandbox outcomes</legend>\n");
    b.append("<button type=\"submit\" name=\"outcome\" value=\"decline\" id=\"decline\">Decline</button>\n");
    b.append("<button type=\"submit\" name=\"outcome\" value=\"pending\" id=\"pending\">Stay pending</button>\n");
    b.append("</fieldset>\n");
    b.append("<button type=\"submit\" name=\"outcome\" value=\"close\" id=\"close\" class=\"close\">")
        .append("Cancel and return to the app</button>\n");
    b.append("</form>\n");
    b.append("<p class=\"foot\">LiveCoins sandbox checkout &middot; expires ").append(s.expiresAt)
        .append("</p>\n");
    return html(200, "LiveCoins checkout", b.toString());
  }

  private MockResponse submit(Session s, Map<String, String> form) {
    String outcome = form.getOrDefault("outcome", "");
    String status = effectiveStatus(s);
    if (!status.equals("OPEN")) {
      return html(409, "Checkout " + status.toLowerCase(java.util.Locale.ROOT),
          "<p id=\"status\">This checkout is already " + status + ".</p>");
    }
    String methodId = form.get("method");
    if (!outcome.equals("close")
        && (methodId == null || s.methods.stream().noneMatch(m -> m.id().equals(methodId)))) {
      return html(400, "Pick a method", "<p>Pick one of the offered methods.</p>");
    }
    MockState.Order o = state.order(s.orderId);
    Instant now = state.now();
    String result;
    switch (outcome) {
      case "approve" -> {
        s.method = methodId;
        s.status = "PAID";
        if (completionDelayPolls > 0) {
          o.status = "PENDING"; // paid; the backend credits it a little later
          o.pendingPolls = completionDelayPolls;
          o.updatedAt = now;
          completionDelayPolls = 0;
        } else {
          state.complete(o, null);
        }
        result = "paid";
      }
      case "decline" -> {
        s.method = methodId;
        s.status = "DECLINED";
        s.failureReason = "declined";
        o.status = "FAILED";
        o.failureReason = "declined";
        o.updatedAt = now;
        result = "declined";
      }
      case "pending" -> {
        s.method = methodId;
        s.status = "PENDING";
        o.status = "PENDING";
        o.pendingPolls = STAY_PENDING_POLLS;
        o.updatedAt = now;
        result = "pending";
      }
      case "close" -> {
        close(s);
        result = "cancelled";
      }
      default -> {
        return html(400, "Unknown outcome", "<p>Unknown outcome.</p>");
      }
    }
    s.updatedAt = now;
    if (returnsToLose > 0) {
      returnsToLose--;
      return html(200, "Done", "<p id=\"status\">" + esc(result) + "</p><p>You can close this window.</p>");
    }
    String sep = s.returnUrl.contains("?") ? "&" : "?";
    String location = s.returnUrl + sep + "session=" + enc(s.id) + "&result=" + enc(result);
    return new MockResponse.Builder().code(303).addHeader("Location", location)
        .addHeader("Cache-Control", "no-store").body("").build();
  }

  private static MockResponse html(int status, String title, String body) {
    String page = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">"
        + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head>\n<body><main>\n<h1>"
        + esc(title) + "</h1>\n" + body + "</main></body></html>\n";
    return new MockResponse.Builder().code(status).addHeader("Content-Type", "text/html; charset=utf-8")
        .addHeader("Cache-Control", "no-store").body(page).build();
  }

  private static final String CSS = "body{font-family:sans-serif;background:#f3f4f6;margin:0}"
      + "main{max-width:420px;margin:24px auto;background:#fff;padding:20px 24px;border-radius:8px;"
      + "box-shadow:0 1px 4px #0002}h1{font-size:20px;margin:0 0 8px}.summary{font-size:18px}"
      + "fieldset{border:1px solid #ddd;border-radius:6px;margin:12px 0}"
      + "label.method{display:block;padding:6px 0}small{color:#666}"
      + "button{font-size:15px;padding:8px 12px;margin:4px 4px 4px 0;border-radius:6px;border:1px solid #999;"
      + "background:#fff}button.pay{background:#0070ba;color:#fff;border:0;width:100%;font-size:17px}"
      + "button.close{width:100%}.foot{color:#888;font-size:12px}";

  private static String price(long minor, String currency) {
    java.util.Currency c = java.util.Currency.getInstance(currency);
    int digits = Math.max(0, c.getDefaultFractionDigits());
    java.math.BigDecimal amount = java.math.BigDecimal.valueOf(minor, digits);
    return amount.toPlainString() + " " + currency;
  }

  private static Map<String, String> formFields(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
