package io.livecoins.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Our contract validator against the one it replaced (Atlassian's swagger-request-validator, now a test
 * dependency only): every example body in the spec, and hundreds of mutations of them, must get the same
 * verdict from both.
 */
class ContractValidatorTest {
  private static final ContractValidator OURS = ContractValidator.bundled();
  private static final OpenApiInteractionValidator THEIRS =
      OpenApiInteractionValidator.createForInlineApiSpecification(ContractValidator.loadSpec()).build();

  private final List<String> disagreements = new ArrayList<>();
  private int valid;
  private int invalid;

  @Test
  void agreesWithSwaggerRequestValidatorOnEveryResponseExampleAndItsMutations() {
    for (Case c : examples("responses")) {
      for (Object body : mutations(c.body)) {
        String json = Json.write(body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Request-Id", "req_1");
        if (c.status == 429) {
          headers.put("Retry-After", "1");
        }
        boolean ours = OURS.validateResponse(c.method, c.path, c.status, headers, json).isEmpty();
        SimpleResponse.Builder r = SimpleResponse.Builder.status(c.status).withBody(json);
        headers.forEach(r::withHeader);
        boolean theirs = errors(THEIRS.validateResponse(c.path, Request.Method.valueOf(c.method), r.build()));
        compare(c.method + " " + c.path + " " + c.status + " " + json, ours, theirs);
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(valid).isGreaterThan(30);
    assertThat(invalid).isGreaterThan(300);
  }

  @Test
  void agreesWithSwaggerRequestValidatorOnEveryRequestExampleAndItsMutations() {
    for (Case c : examples("requestBody")) {
      for (Object body : mutations(c.body)) {
        String json = Json.write(body);
        boolean ours = OURS.validateRequest(c.method, c.path, Map.of(), Headers.of("Content-Type",
            "application/json", "Idempotency-Key", "k-1"), json).isEmpty();
        boolean theirs = errors(THEIRS.validateRequest(new SimpleRequest.Builder(c.method, c.path)
            .withContentType("application/json").withHeader("Idempotency-Key", "k-1")
            .withHeader("Authorization", "Bearer t").withBody(json).build()));
        compare(c.method + " " + c.path + " " + json, ours, theirs);
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(valid).isGreaterThanOrEqualTo(4);
    assertThat(invalid).isGreaterThan(40);
  }

  @Test
  void agreesWithSwaggerRequestValidatorOnParametersAndHeaders() {
    String[][] gets = {
        {"/v1/coin-packages", "region", "US"}, {"/v1/coin-packages", "region", "usa"},
        {"/v1/coin-packages", "region", ""}, {"/v1/coin-packages", null, null},
        {"/v1/wallet/transactions", "limit", "1"}, {"/v1/wallet/transactions", "limit", "0"},
        {"/v1/wallet/transactions", "limit", "101"}, {"/v1/wallet/transactions", "limit", "ten"},
        {"/v1/wallet/transactions", "cursor", ""}, {"/v1/wallet/transactions", "cursor", "abc"},
        {"/v1/recharge-orders", "status", "PENDING"}, {"/v1/recharge-orders", "status", "PENDING,AWAITING_PAYMENT"},
        {"/v1/recharge-orders", "status", "PENDING,DONE"}, {"/v1/recharge-orders", "status", "pending"},
        {"/v1/streams/stream-carol/leaderboard", "limit", "100"},
        {"/v1/streams/stream-carol/leaderboard", "limit", "-3"}, {"/v1/nope", null, null},
    };
    for (String[] g : gets) {
      Map<String, List<String>> query = g[1] == null ? Map.of() : Map.of(g[1], List.of(g[2]));
      boolean ours = OURS.validateRequest("GET", g[0], query, Headers.of(), "").isEmpty();
      SimpleRequest.Builder b = new SimpleRequest.Builder("GET", g[0]).withHeader("Authorization", "Bearer t");
      if (g[1] != null) {
        b.withQueryParam(g[1], g[2]);
      }
      compare("GET " + g[0] + " " + g[1] + "=" + g[2], ours, errors(THEIRS.validateRequest(b.build())));
    }
    String body = "{\"diamonds\":10,\"payoutMethod\":\"bank\"}";
    for (String key : new String[] {null, "k-1", "has space", "k".repeat(64), "k".repeat(65)}) {
      Headers headers = key == null ? Headers.of("Content-Type", "application/json")
          : Headers.of("Content-Type", "application/json", "Idempotency-Key", key);
      boolean ours = OURS.validateRequest("POST", "/v1/creator/withdrawals", Map.of(), headers, body).isEmpty();
      SimpleRequest.Builder b = new SimpleRequest.Builder("POST", "/v1/creator/withdrawals")
          .withHeader("Authorization", "Bearer t").withContentType("application/json").withBody(body);
      if (key != null) {
        b.withHeader("Idempotency-Key", key);
      }
      compare("Idempotency-Key " + key, ours, errors(THEIRS.validateRequest(b.build())));
    }
    String limited = "{\"error\":{\"code\":\"rate_limited\",\"message\":\"m\",\"requestId\":\"req_1\","
        + "\"details\":{\"retryAfterSeconds\":1}}}";
    for (Map<String, String> headers : List.of(Map.of("Content-Type", "application/json"),
        Map.of("Content-Type", "application/json", "Request-Id", "req_1"),
        Map.of("Content-Type", "application/json", "Request-Id", "req_1", "Retry-After", "1"),
        Map.of("Content-Type", "application/json", "Request-Id", "req_1", "Retry-After", "soon"))) {
      boolean ours = OURS.validateResponse("GET", "/v1/wallet", 429, headers, limited).isEmpty();
      SimpleResponse.Builder r = SimpleResponse.Builder.status(429).withBody(limited);
      headers.forEach(r::withHeader);
      compare("429 " + headers, ours, errors(THEIRS.validateResponse("/v1/wallet", Request.Method.GET, r.build())));
    }
    assertThat(disagreements).isEmpty();
    assertThat(valid).isGreaterThanOrEqualTo(8);
    assertThat(invalid).isGreaterThanOrEqualTo(12);
  }

  @Test
  void namesTheFieldAViolationConcerns() {
    String send = "{\"giftId\":\"rose\",\"recipientId\":\"carol\",\"streamId\":\"s\",\"quantity\":0,"
        + "\"expectedCoinCost\":1}";
    assertThat(OURS.validateRequest("POST", "/v1/gifts/send", Map.of(),
        Headers.of("Idempotency-Key", "k", "Content-Type", "application/json"), send))
        .extracting(ContractValidator.Violation::field).containsExactly("quantity");
    assertThat(OURS.validateRequest("POST", "/v1/gifts/send", Map.of(),
        Headers.of("Idempotency-Key", "k"), "{\"giftId\":\"rose\"}"))
        .extracting(ContractValidator.Violation::field).contains("recipientId", "streamId");
    assertThat(OURS.validateResponse("GET", "/v1/recharge-orders/ord_1", 200,
        Map.of("Request-Id", "r"), "{\"order\":{\"price\":{\"amountMinor\":1,\"currency\":\"usd\"}}}"))
        .extracting(ContractValidator.Violation::field).contains("order.price.currency", "order.id", "wallet");
  }

  @Test
  void refusesASpecThatUsesAConstructItCannotCheck() {
    String spec = "openapi: 3.0.3\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n"
        + "          content:\n            application/json:\n              schema:\n"
        + "                oneOf: [{type: string}, {type: integer}]\n";
    assertThatThrownBy(() -> ContractValidator.of(spec)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oneOf");
  }

  // ---------------------------------------------------------------------------------------------------

  private void compare(String what, boolean ours, boolean theirs) {
    if (ours != theirs) {
      disagreements.add((ours ? "we accept, they reject: " : "we reject, they accept: ") + what);
    } else if (ours) {
      valid++;
    } else {
      invalid++;
    }
  }

  private static boolean errors(ValidationReport report) {
    return report.getMessages().stream().noneMatch(m -> m.getLevel() == ValidationReport.Level.ERROR);
  }

  private record Case(String method, String path, int status, Object body) {}

  /** Every JSON example under each operation's {@code responses} or {@code requestBody}. */
  @SuppressWarnings("unchecked")
  private static List<Case> examples(String where) {
    Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(ContractValidator.loadSpec());
    List<Case> out = new ArrayList<>();
    Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
    paths.forEach((template, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
      String path = template.replace("{id}", template.contains("streams") ? "stream-carol" : "ord_1");
      Map<String, Object> o = (Map<String, Object>) op;
      if (where.equals("requestBody")) {
        if (o.get("requestBody") != null) {
          addExamples(doc, (Map<String, Object>) resolve(doc, o.get("requestBody")), method, path, 0, out);
        }
      } else {
        ((Map<Object, Object>) o.get("responses")).forEach((status, response) -> addExamples(doc,
            (Map<String, Object>) resolve(doc, response), method, path, Integer.parseInt(status.toString()), out));
      }
    }));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void addExamples(Map<String, Object> doc, Map<String, Object> holder, String method, String path,
      int status, List<Case> out) {
    Map<String, Object> content = (Map<String, Object>) holder.get("content");
    Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
    if (json == null) {
      return;
    }
    String m = method.toUpperCase(java.util.Locale.ROOT);
    if (json.containsKey("example")) {
      out.add(new Case(m, path, status, plain(json.get("example"))));
    }
    if (json.get("examples") != null) {
      ((Map<String, Object>) json.get("examples")).values().forEach(e -> out.add(new Case(m, path, status,
          plain(((Map<String, Object>) resolve(doc, e)).get("value")))));
    }
  }

  @SuppressWarnings("unchecked")
  private static Object resolve(Map<String, Object> doc, Object node) {
    while (node instanceof Map<?, ?> m && m.get("$ref") instanceof String ref) {
      Object n = doc;
      for (String part : ref.substring(2).split("/")) {
        n = ((Map<String, Object>) n).get(part);
      }
      node = n;
    }
    return node;
  }

  /** YAML's values as JSON's (a timestamp as its text). */
  private static Object plain(Object o) {
    if (o instanceof Date d) {
      return d.toInstant().toString();
    }
    if (o instanceof Integer i) {
      return i.longValue();
    }
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(plain(v)));
      return out;
    }
    return o;
  }

  /** The body, then for each node: removed, given a wrong type, emptied or negated, and an unknown sibling. */
  private static List<Object> mutations(Object body) {
    List<Object> out = new ArrayList<>();
    out.add(body);
    List<List<Object>> pointers = new ArrayList<>();
    collect(body, new ArrayList<>(), pointers);
    Random random = new Random(16);
    for (List<Object> pointer : pointers) {
      if (pointer.isEmpty()) {
        continue;
      }
      Object leaf = get(body, pointer);
      out.add(edit(body, pointer, null, true));
      out.add(edit(body, pointer, null, false));
      out.add(edit(body, pointer, leaf instanceof String ? (Object) 7L : "seven", false));
      if (leaf instanceof String s) {
        out.add(edit(body, pointer, "", false));
        out.add(edit(body, pointer, s + "x", false));
      } else if (leaf instanceof Long n) {
        out.add(edit(body, pointer, -1L - random.nextInt(3), false));
        out.add(edit(body, pointer, n + 1, false));
        out.add(edit(body, pointer, new java.math.BigDecimal("1.5"), false));
        out.add(edit(body, pointer, Long.MAX_VALUE, false));
      } else if (leaf instanceof Map<?, ?>) {
        List<Object> unknown = new ArrayList<>(pointer);
        unknown.add("zzUnknown");
        out.add(edit(body, unknown, 1L, false));
      }
    }
    return out;
  }

  private static void collect(Object node, List<Object> pointer, List<List<Object>> out) {
    out.add(pointer);
    if (node instanceof Map<?, ?> m) {
      for (Object k : m.keySet()) {
        List<Object> p = new ArrayList<>(pointer);
        p.add(k);
        collect(m.get(k), p, out);
      }
    } else if (node instanceof List<?> l && !l.isEmpty()) {
      List<Object> p = new ArrayList<>(pointer);
      p.add(0);
      collect(l.get(0), p, out);
    }
  }

  private static Object get(Object node, List<Object> pointer) {
    for (Object p : pointer) {
      node = node instanceof Map<?, ?> m ? m.get(p) : ((List<?>) node).get((Integer) p);
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Object edit(Object body, List<Object> pointer, Object value, boolean remove) {
    Object copy = plain(deepCopy(body));
    Object parent = get(copy, pointer.subList(0, pointer.size() - 1));
    Object last = pointer.get(pointer.size() - 1);
    if (parent instanceof Map<?, ?>) {
      Map<String, Object> m = (Map<String, Object>) parent;
      if (remove) {
        m.remove((String) last);
      } else {
        m.put((String) last, value);
      }
    } else {
      List<Object> l = (List<Object>) parent;
      if (remove) {
        l.remove((int) (Integer) last);
      } else {
        l.set((Integer) last, value);
      }
    }
    return copy;
  }

  private static Object deepCopy(Object o) {
    return Json.parse(Json.write(o));
  }
}
