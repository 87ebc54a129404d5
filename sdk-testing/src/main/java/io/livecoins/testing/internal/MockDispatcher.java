package io.livecoins.testing.internal;

import io.livecoins.testing.ContractViolation;
import io.livecoins.testing.Fault;
import io.livecoins.testing.LoggedRequest;
import io.livecoins.testing.MockUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole v1 contract on MockWebServer: faults, authentication, the contract check, idempotency, the
 * handlers, and the request log, in that order.
 */
public final class MockDispatcher extends Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(MockDispatcher.class);
  private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,64}");

  private final MockState state;
  private final Router router = new Router();
  private final IdempotencyStore idempotency = new IdempotencyStore();
  private final FaultPlan faults;
  private final ContractValidator validator;
  // Appended on every exchange: a CopyOnWriteArrayList copied the whole log per request (quadratic under load).
  private final List<LoggedRequest> requestLog = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  private final List<ContractViolation> responseViolations = new CopyOnWriteArrayList<>();
  private final List<ContractViolation> requestViolations = new CopyOnWriteArrayList<>();
  private final CheckoutHandler checkout;
  private final AssetHandler assets = new AssetHandler();

  public MockDispatcher(MockState state, FaultPlan faults, ContractValidator validator) {
    this.state = state;
    this.faults = faults;
    this.validator = validator;
    new RechargeHandler(state).register(router);
    new WalletHandler(state).register(router);
    new GiftHandler(state).register(router);
    new StreamHandler(state).register(router);
    new CreatorHandler(state).register(router);
    new AccountHandler(state).register(router);
    this.checkout = new CheckoutHandler(state);
    checkout.register(router);
  }

  public CheckoutHandler checkout() {
    return checkout;
  }

  public AssetHandler assets() {
    return assets;
  }

  public Router router() {
    return router;
  }

  public IdempotencyStore idempotency() {
    return idempotency;
  }

  public List<LoggedRequest> requestLog() {
    return List.copyOf(requestLog);
  }

  public List<ContractViolation> responseViolations() {
    return List.copyOf(responseViolations);
  }

  public List<ContractViolation> requestViolations() {
    return List.copyOf(requestViolations);
  }

  /** What one exchange produced before it is turned into a MockResponse. */
  private static final class Outcome {
    int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    String body;
    SseBody stream;
    boolean replayed;
    boolean validate = true;
    String userId;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (CheckoutHandler.isPage(request.getUrl().encodedPath())) {
      return checkout.page(request); // the hosted checkout page: a browser, not the JSON API
    }
    if (AssetHandler.isAsset(request.getUrl().encodedPath())) {
      return assets.serve(request); // gift asset files: a CDN, not the JSON API
    }
    Instant receivedAt = state.settings().clock().instant();
    if (state.mayHaveDueWork(receivedAt)) { // else both below would do nothing: skip the global lock
      state.locked(() -> {
        state.settleDueWithdrawals(); // automatic payouts that fell due before this request
        state.applyDueChargebacks(); // the sandbox's chargeback-later payments
        return null;
      });
    }
    String requestId = state.nextRequestId();
    String method = request.getMethod();
    HttpUrl url = request.getUrl();
    String path = url.encodedPath();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    Router.Match match = router.match(method, path);
    String route = match != null ? match.route() : null;
    Fault fault = faults.next(route != null ? route : FaultPlan.ANY);
    String key = request.getHeaders().get("Idempotency-Key");

    Outcome out;
    if (!fault.processes()) {
      out = preProcessingFault(fault, requestId);
    } else {
      out = serve(request, match, method, path, url, body, key, requestId, fault);
    }

    MockResponse.Builder response = new MockResponse.Builder().code(out.status);
    out.headers.forEach(response::addHeader);
    if (out.stream != null) {
      response.body(out.stream).removeHeader("Content-Length").setHeader("Connection", "close")
          .onResponseEnd(new SocketEffect.CloseSocket());
    } else {
      response.body(out.body == null ? "" : out.body);
    }
    boolean validate = out.validate && route != null;
    switch (fault.kind()) {
      case DROP_BEFORE_PROCESSING:
      case DROP_AFTER_COMMIT:
        response.onResponseStart(new SocketEffect.CloseSocket());
        validate = false;
        break;
      case MALFORMED_BODY:
        if (out.stream == null) {
          String real = out.body == null ? "" : out.body;
          response.body(real.substring(0, real.length() / 2) + "\u0000<<not json>>");
        }
        break;
      case TRUNCATED_BODY:
        if (out.stream == null) {
          response.onResponseBody(new SocketEffect.CloseSocket());
        }
        break;
      default:
        break;
    }
    if (validate) {
      // Faulted bodies (malformed, truncated) are checked as the real answer they stand for.
      // An event stream is checked by its status, headers and first frame.
      List<ContractValidator.Violation> v = validator.validateResponse(method, path, out.status, out.headers,
          out.stream != null ? SseBody.FIRST_FRAME : out.body);
      if (!v.isEmpty()) {
        ContractViolation cv = new ContractViolation("RESPONSE", method, path, out.status, messages(v));
        log.warn("Contract violation: {}", cv);
        responseViolations.add(cv);
      }
    }
    int loggedStatus = fault.kind() == Fault.Kind.DROP_BEFORE_PROCESSING
        || fault.kind() == Fault.Kind.DROP_AFTER_COMMIT ? 0 : out.status;
    requestLog.add(new LoggedRequest(requestId, method, url.encodedPath()
        + (url.encodedQuery() != null ? "?" + url.encodedQuery() : ""), route, out.userId, key, loggedStatus,
        fault.toString(), out.replayed, receivedAt));
    return response.build();
  }

  private Outcome preProcessingFault(Fault fault, String requestId) {
    ApiException e;
    switch (fault.kind()) {
      case STATUS:
        e = fault.status() == 500 ? ApiException.internal() : ApiException.unavailable(fault.status());
        break;
      case RATE_LIMITED:
        e = ApiException.rateLimited(fault.retryAfterSeconds());
        break;
      default:
        e = ApiException.unavailable(503); // dropped: never reaches the wire
        break;
    }
    return error(e, requestId);
  }

  private Outcome serve(RecordedRequest request, Router.Match match, String method, String path, HttpUrl url,
      String body, String key, String requestId, Fault fault) {
    if (match == null) {
      Outcome o = error(new ApiException(404, "not_found", "No route " + method + " " + path + ".",
          null), requestId);
      o.validate = false;
      requestViolations.add(new ContractViolation("REQUEST", method, path, 0,
          List.of("no such operation in the contract")));
      return o;
    }
    MockUser user = authenticate(request.getHeaders().get("Authorization"));
    if (user == null) {
      return error(ApiException.unauthenticated(), requestId);
    }
    boolean post = method.equals("POST");
    Map<String, List<String>> query = query(url);
    Json.Parsed parsedBody = Json.Parsed.of(body); // parsed at most once, by the first of the three readers
    try {
      if (post && (key == null || !KEY.matcher(key).matches())) {
        throw ApiException.invalid("Idempotency-Key", key == null ? "required" : "malformed",
            "Idempotency-Key must be 1-64 visible ASCII characters.");
      }
      List<ContractValidator.Violation> violations = validator.validateRequest(method, path, query,
          request.getHeaders(), parsedBody);
      if (!violations.isEmpty()) {
        requestViolations.add(new ContractViolation("REQUEST", method, path, 0, messages(violations)));
        if (state.settings().strict()) {
          Map<String, Object> details = Maps.of("field", violations.get(0).field(), "reason", "contract",
              "violations", messages(violations));
          throw new ApiException(400, "invalid_request", "The request does not match the LiveCoins v1 contract.",
              details);
        }
      }
    } catch (ApiException e) {
      Outcome o = error(e, requestId);
      o.userId = user.id();
      return o;
    }
    IdempotencyStore.Entry entry = null;
    if (post) {
      String fingerprint = method + " " + path + " " + Json.canonical(parsedBody);
      IdempotencyStore.Begin begin = idempotency.begin(user.id(), key, method, path, fingerprint,
          state.now());
      switch (begin.outcome()) {
        case IN_PROGRESS: {
          Outcome o = error(ApiException.conflict("in_progress",
              "A request with this Idempotency-Key is still being processed."), requestId);
          o.userId = user.id();
          return o;
        }
        case REUSED: {
          Outcome o = error(new ApiException(422, "idempotency_key_reused",
              "This Idempotency-Key was used for a different request.", null), requestId);
          o.userId = user.id();
          return o;
        }
        case REPLAY: {
          IdempotencyStore.Stored s = begin.entry().stored();
          Outcome o = new Outcome();
          o.status = s.status();
          o.headers.putAll(s.headers());
          o.headers.put("Idempotent-Replayed", "true");
          o.body = s.body();
          o.replayed = true;
          o.userId = user.id();
          return o;
        }
        default:
          entry = begin.entry();
      }
    }
    Outcome out;
    boolean store = false;
    try {
      if (fault.kind() == Fault.Kind.DELAY) {
        state.settings().sleeper().sleep(fault.delay());
      }
      Call call = new Call(method, path, query, request.getHeaders(), parsedBody, user, match.params(),
          entry != null ? entry.scope() : null);
      ApiResponse r = match.handler().handle(call);
      out = new Outcome();
      out.status = r.status();
      out.headers.put("Request-Id", requestId);
      if (r.streamBody() != null) {
        out.headers.put("Content-Type", "text/event-stream");
        out.headers.put("Cache-Control", "no-cache");
        out.stream = r.streamBody();
      } else {
        out.headers.put("Content-Type", "application/json; charset=utf-8");
        out.body = Json.write(r.json());
      }
      out.headers.putAll(r.headers());
      store = true;
    } catch (ApiException e) {
      out = error(e, requestId);
      store = e.storable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out = error(ApiException.unavailable(503), requestId);
    } catch (RuntimeException e) {
      log.error("Mock server bug serving {} {}", method, path, e);
      out = error(ApiException.internal(), requestId);
    } finally {
      if (entry != null && !store) {
        idempotency.release(entry);
      }
    }
    if (entry != null && store) {
      idempotency.complete(entry, new IdempotencyStore.Stored(out.status,
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(out.headers)), out.body));
    }
    out.userId = user.id();
    return out;
  }

  private MockUser authenticate(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return null;
    }
    return state.userByToken(authorization.substring(7).trim());
  }

  private static Map<String, List<String>> query(HttpUrl url) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      List<String> values = new ArrayList<>();
      for (String v : url.queryParameterValues(name)) {
        values.add(v == null ? "" : v);
      }
      query.put(name, values);
    }
    return query;
  }

  private static Outcome error(ApiException e, String requestId) {
    Outcome o = new Outcome();
    o.status = e.status();
    o.headers.put("Request-Id", requestId);
    o.headers.put("Content-Type", "application/json; charset=utf-8");
    o.headers.putAll(e.headers());
    o.body = Json.write(Views.error(e.code(), e.getMessage(), requestId, e.details()));
    return o;
  }

  private static List<String> messages(List<ContractValidator.Violation> violations) {
    List<String> out = new ArrayList<>();
    for (ContractValidator.Violation v : violations) {
      out.add(v.message());
    }
    return out;
  }
}
