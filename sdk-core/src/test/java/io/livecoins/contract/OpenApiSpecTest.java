package io.livecoins.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when {@code docs/openapi.yaml} is broken: it must parse cleanly as OpenAPI 3.0.3, cover
 * the whole v1 contract (operations, idempotency header, Request-Id, error codes) and every example in it
 * must validate against its own schema, as seen by the same validator that checks live traffic.
 */
final class OpenApiSpecTest {

  /** Surefire runs in the module directory; the spec lives in the repository's {@code docs}. */
  private static final Path SPEC = Path.of("..", "docs", "openapi.yaml");

  private static final String IDEMPOTENCY_KEY_PATTERN = "^[\\x21-\\x7E]{1,64}$";

  /** The endpoint table of the contract decisions: method and path template. */
  private static final List<String> CONTRACT_OPERATIONS = List.of(
      "GET /v1/coin-packages",
      "POST /v1/recharge-orders",
      "POST /v1/recharge-orders/{id}/confirm",
      "GET /v1/recharge-orders/{id}",
      "GET /v1/recharge-orders",
      "POST /v1/recharge-orders/{id}/checkout-session",
      "GET /v1/checkout-sessions/{id}",
      "POST /v1/checkout-sessions/{id}/cancel",
      "GET /v1/account",
      "POST /v1/account/limits",
      "GET /v1/wallet",
      "GET /v1/wallet/transactions",
      "GET /v1/gifts",
      "POST /v1/gifts/send",
      "GET /v1/streams/{id}/leaderboard",
      "GET /v1/streams/{id}/events",
      "GET /v1/creator/earnings",
      "POST /v1/creator/withdrawals",
      "GET /v1/creator/withdrawals",
      "GET /v1/creator/withdrawals/{id}");

  /** The error table of the contract decisions: code and the HTTP statuses it may be sent with. */
  private static final Map<String, Set<Integer>> ERROR_CODES = errorCodes();

  private static Map<String, Set<Integer>> errorCodes() {
    Map<String, Set<Integer>> codes = new LinkedHashMap<>();
    codes.put("invalid_request", Set.of(400));
    codes.put("unauthenticated", Set.of(401));
    codes.put("insufficient_coins", Set.of(402));
    codes.put("insufficient_diamonds", Set.of(402));
    codes.put("payment_declined", Set.of(402));
    codes.put("forbidden", Set.of(403));
    codes.put("not_found", Set.of(404));
    codes.put("conflict", Set.of(409));
    codes.put("price_changed", Set.of(409));
    codes.put("limit_exceeded", Set.of(422));
    codes.put("idempotency_key_reused", Set.of(422));
    codes.put("below_minimum_withdrawal", Set.of(422));
    codes.put("rate_limited", Set.of(429));
    codes.put("internal", Set.of(500));
    codes.put("unavailable", Set.of(502, 503, 504));
    return codes;
  }

  /** Statuses every operation must document: auth, rate limiting and server faults. */
  private static final List<String> COMMON_STATUSES = List.of("401", "429", "500", "502", "503", "504");

  /** Statuses every POST must document: bad input, key in flight, key reused. */
  private static final List<String> POST_STATUSES = List.of("400", "409", "422");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static SwaggerParseResult parseResult;
  private static OpenAPI api;
  private static OpenApiInteractionValidator validator;

  /** Built on first use, so that a spec the validator cannot load fails the tests that need it, not all. */
  private static synchronized OpenApiInteractionValidator validator() {
    if (validator == null) {
      validator = OpenApiInteractionValidator.createFor(SPEC.toString()).build();
    }
    return validator;
  }

  @BeforeAll
  static void loadSpec() {
    assertThat(SPEC).as("spec file (resolved from %s)", Path.of("").toAbsolutePath()).isRegularFile();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parseResult = new OpenAPIV3Parser().readLocation(SPEC.toString(), null, options);
    api = parseResult.getOpenAPI();
    assertThat(api).as("parsed spec; messages: %s", parseResult.getMessages()).isNotNull();
  }

  // ---- structure -----------------------------------------------------------------------------------

  @Test
  void parsesWithoutAnyMessage() {
    assertThat(parseResult.getMessages()).isNullOrEmpty();
  }

  @Test
  void isOpenApi303() throws Exception {
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    assertThat(Files.readString(SPEC)).startsWith("openapi: 3.0.3");
  }

  @Test
  void declaresExactlyTheContractOperations() {
    assertThat(operations().keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT_OPERATIONS);
  }

  @Test
  void appliesBearerAuthGlobally() {
    assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearerAuth");
    assertThat(api.getComponents().getSecuritySchemes().get("bearerAuth").getScheme()).isEqualTo("bearer");
    assertThat(api.getSecurity()).anySatisfy(requirement -> assertThat(requirement).containsKey("bearerAuth"));
    operations().forEach((name, op) -> assertThat(op.getSecurity())
        .as("%s must not override the global security", name).isNull());
  }

  @Test
  void everyPostRequiresAnIdempotencyKeyHeaderAndAJsonBody() {
    Map<String, Operation> posts = filterByMethod("POST");
    assertThat(posts).hasSize(7);
    posts.forEach((name, op) -> {
      Parameter key = parameters(name, op).stream()
          .filter(p -> "header".equals(p.getIn()) && "Idempotency-Key".equalsIgnoreCase(p.getName()))
          .findFirst().orElse(null);
      assertThat(key).as("%s Idempotency-Key parameter", name).isNotNull();
      assertThat(key.getRequired()).as("%s Idempotency-Key required", name).isTrue();
      assertThat(key.getSchema().getPattern()).as("%s Idempotency-Key pattern", name)
          .isEqualTo(IDEMPOTENCY_KEY_PATTERN);

      RequestBody body = deref(op.getRequestBody());
      assertThat(body).as("%s request body", name).isNotNull();
      assertThat(body.getRequired()).as("%s request body required", name).isTrue();
      assertThat(body.getContent()).as("%s request body media types", name).containsKey("application/json");
      assertThat(body.getContent().get("application/json").getSchema()).as("%s request schema", name).isNotNull();
    });
  }

  @Test
  void everyOperationHasASuccessResponseWithSchemaAndRequestId() {
    operations().forEach((name, op) -> {
      List<String> successes = op.getResponses().keySet().stream()
          .filter(status -> status.startsWith("2")).collect(Collectors.toList());
      assertThat(successes).as("%s 2xx responses", name).hasSize(1);
      ApiResponse success = deref(op.getResponses().get(successes.get(0)));
      assertThat(success.getContent()).as("%s success content", name).isNotEmpty();
      success.getContent().forEach((type, media) ->
          assertThat(media.getSchema()).as("%s %s schema", name, type).isNotNull());
      assertThat(success.getHeaders()).as("%s success headers", name).containsKey("Request-Id");
    });
  }

  @Test
  void everyResponseDeclaresARequiredRequestIdHeader() {
    forEachResponse((name, status, response) -> {
      assertThat(response.getHeaders()).as("%s %s headers", name, status).containsKey("Request-Id");
      Header header = deref(response.getHeaders().get("Request-Id"));
      assertThat(header.getRequired()).as("%s %s Request-Id required", name, status).isTrue();
    });
  }

  @Test
  void everyOperationDocumentsTheCommonErrorsAndEveryPostTheIdempotencyErrors() {
    operations().forEach((name, op) -> {
      assertThat(op.getResponses()).as(name).containsKeys(COMMON_STATUSES.toArray(String[]::new));
      if (name.startsWith("POST ")) {
        assertThat(op.getResponses()).as(name).containsKeys(POST_STATUSES.toArray(String[]::new));
      }
    });
  }

  @Test
  void rateLimitedResponsesRequireRetryAfter() {
    forEachResponse((name, status, response) -> {
      if (status.equals("429")) {
        assertThat(response.getHeaders()).as("%s 429", name).containsKey("Retry-After");
        Header retryAfter = deref(response.getHeaders().get("Retry-After"));
        assertThat(retryAfter.getRequired()).as("%s 429 Retry-After required", name).isTrue();
        assertThat(retryAfter.getSchema().getType()).isEqualTo("integer");
      }
    });
  }

  @Test
  void postResponsesThatAreStoredDeclareIdempotentReplayed() {
    filterByMethod("POST").forEach((name, op) -> op.getResponses().forEach((status, ref) -> {
      ApiResponse response = deref(ref);
      if (status.startsWith("2") || status.equals("402") || status.equals("403") || status.equals("404")) {
        assertThat(response.getHeaders()).as("%s %s", name, status).containsKey("Idempotent-Replayed");
      }
    }));
  }

  @Test
  void eventsEndpointStreamsGiftEvents() {
    Operation events = operations().get("GET /v1/streams/{id}/events");
    ApiResponse ok = deref(events.getResponses().get("200"));
    assertThat(ok.getContent()).containsOnlyKeys("text/event-stream");
    assertThat(events.getDescription()).contains("id:", "event: gift", "data:", "Last-Event-ID");
    assertThat(events.getExtensions()).containsEntry("x-event-schema", "#/components/schemas/GiftEvent");
    assertThat(api.getComponents().getSchemas()).containsKey("GiftEvent");
    assertThat(parameters("events", events)).anySatisfy(p -> {
      assertThat(p.getIn()).isEqualTo("header");
      assertThat(p.getName()).isEqualTo("Last-Event-ID");
      assertThat(p.getRequired()).isNotEqualTo(Boolean.TRUE);
    });
  }

  @Test
  void noSchemaForbidsUnknownFields() {
    List<String> closed = new ArrayList<>();
    api.getComponents().getSchemas().forEach((name, schema) -> collectClosed(name, schema, closed));
    assertThat(closed).as("schemas with additionalProperties: false (clients must tolerate unknown fields)")
        .isEmpty();
  }

  private static void collectClosed(String where, Schema<?> schema, List<String> closed) {
    if (schema == null) {
      return;
    }
    if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
      closed.add(where);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((property, child) -> collectClosed(where + "." + property, child, closed));
    }
    collectClosed(where + "[]", schema.getItems(), closed);
  }

  @Test
  void errorCodeEnumListsExactlyTheContractCodes() {
    Schema<?> error = api.getComponents().getSchemas().get("Error");
    assertThat(error).as("components.schemas.Error").isNotNull();
    assertThat(error.getRequired()).contains("code", "message", "requestId", "details");
    Schema<?> code = (Schema<?>) error.getProperties().get("code");
    assertThat(code.getEnum()).map(String::valueOf)
        .containsExactlyInAnyOrderElementsOf(ERROR_CODES.keySet());
  }

  @Test
  void everyErrorEnvelopeHasTheErrorShapeAndOnlyContractCodes() {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    List<String> envelopes = new ArrayList<>();
    forEachResponse((name, status, response) -> {
      if (!status.startsWith("2")) {
        MediaType json = response.getContent().get("application/json");
        assertThat(json).as("%s %s application/json", name, status).isNotNull();
        String ref = json.getSchema().get$ref();
        assertThat(ref).as("%s %s schema is a named envelope", name, status).isNotNull();
        envelopes.add(simpleName(ref));
      }
    });
    for (String envelope : new TreeSet<>(envelopes)) {
      Schema<?> schema = schemas.get(envelope);
      assertThat(schema).as(envelope).isNotNull();
      assertThat(schema.getRequired()).as(envelope).containsExactly("error");
      Schema<?> error = (Schema<?>) schema.getProperties().get("error");
      if (error.get$ref() != null) {
        error = schemas.get(simpleName(error.get$ref()));
      }
      assertThat(error.getRequired()).as(envelope + ".error required")
          .containsExactlyInAnyOrder("code", "message", "requestId", "details");
      Schema<?> code = (Schema<?>) error.getProperties().get("code");
      assertThat(code.getEnum()).as(envelope + ".error.code enum").isNotEmpty();
      assertThat(code.getEnum()).map(String::valueOf).as(envelope + ".error.code enum")
          .isSubsetOf(ERROR_CODES.keySet());
      assertThat(error.getProperties()).as(envelope + ".error").containsKeys("message", "requestId", "details");
    }
  }

  @Test
  void everyErrorCodeHasAnExampleSentWithItsStatus() {
    Set<String> exemplified = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    forEachResponse((name, status, response) -> {
      if (status.startsWith("2")) {
        return;
      }
      List<Object> examples = examples(response.getContent().get("application/json"));
      assertThat(examples).as("%s %s examples", name, status).isNotEmpty();
      for (Object example : examples) {
        JsonNode node = JSON.valueToTree(example);
        String code = node.path("error").path("code").asText();
        exemplified.add(code);
        Set<Integer> allowed = ERROR_CODES.get(code);
        if (allowed == null || !allowed.contains(Integer.parseInt(status))) {
          failures.add(name + " " + status + ": example with code '" + code + "'");
        }
      }
    });
    assertThat(failures).as("error examples whose code does not belong to their status").isEmpty();
    assertThat(exemplified).containsExactlyInAnyOrderElementsOf(ERROR_CODES.keySet());
  }

  // ---- examples against schemas ----------------------------------------------------------------------

  @Test
  void everySuccessExampleValidatesAsAResponseOfItsOperation() {
    int validated = validateResponseExamples(true);
    assertThat(validated).isGreaterThanOrEqualTo(CONTRACT_OPERATIONS.size());
  }

  @Test
  void everyErrorExampleValidatesAsAResponseOfItsOperation() {
    int validated = validateResponseExamples(false);
    assertThat(validated).isGreaterThanOrEqualTo(CONTRACT_OPERATIONS.size() * COMMON_STATUSES.size());
  }

  @Test
  void everyRequestExampleValidatesAsARequestOfItsOperation() {
    List<String> failures = new ArrayList<>();
    operations().forEach((name, op) -> {
      RequestBody body = deref(op.getRequestBody());
      List<Object> bodies = body == null ? List.of() : examples(body.getContent().get("application/json"));
      if (body != null) {
        assertThat(bodies).as("%s request example", name).isNotEmpty();
      }
      List<String> payloads = new ArrayList<>();
      bodies.forEach(example -> payloads.add(toJson(example)));
      if (payloads.isEmpty()) {
        payloads.add(null);
      }
      for (String payload : payloads) {
        SimpleRequest.Builder request = requestFor(name, op);
        if (payload != null) {
          request.withContentType("application/json").withBody(payload);
        }
        ValidationReport report = validator().validateRequest(request.build());
        if (report.hasErrors()) {
          failures.add(name + " request example: " + describe(report));
        }
      }
    });
    assertThat(failures).isEmpty();
  }

  @Test
  void everySseExampleFrameCarriesAValidGiftEvent() {
    ApiResponse ok = deref(operations().get("GET /v1/streams/{id}/events").getResponses().get("200"));
    List<Object> examples = examples(ok.getContent().get("text/event-stream"));
    assertThat(examples).isNotEmpty();
    SchemaValidator schemaValidator = new SchemaValidator(api, new MessageResolver());
    Schema<?> giftEvent = new Schema<>().$ref("#/components/schemas/GiftEvent");
    int frames = 0;
    for (Object example : examples) {
      String text = example instanceof JsonNode ? ((JsonNode) example).asText() : String.valueOf(example);
      String id = null;
      for (String line : text.split("\n", -1)) {
        if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("data: ")) {
          String data = line.substring(6);
          ValidationReport report = schemaValidator.validate(data, giftEvent, "sse");
          assertThat(report.hasErrors()).as("GiftEvent frame %s: %s", data, describe(report)).isFalse();
          assertThat(readTree(data).path("id").asText()).as("SSE id equals GiftEvent.id").isEqualTo(id);
          frames++;
        }
      }
    }
    assertThat(frames).isPositive();
  }

  // ---- the checks above are not vacuous ------------------------------------------------------------

  @Test
  void validatorRejectsAResponseThatDriftsFromTheSchema() {
    String wallet = "{\"userId\":\"bob\",\"coins\":1000,\"diamonds\":0,\"version\":1}";
    assertValid(validateResponse("GET", "/v1/wallet", 200, wallet, true));
    // A missing required field, a negative balance, a string where an int64 belongs, a missing Request-Id.
    assertInvalid(validateResponse("GET", "/v1/wallet", 200,
        "{\"userId\":\"bob\",\"coins\":1000,\"diamonds\":0}", true));
    assertInvalid(validateResponse("GET", "/v1/wallet", 200,
        "{\"userId\":\"bob\",\"coins\":-1,\"diamonds\":0,\"version\":1}", true));
    assertInvalid(validateResponse("GET", "/v1/wallet", 200,
        "{\"userId\":\"bob\",\"coins\":\"1000\",\"diamonds\":0,\"version\":1}", true));
    assertInvalid(validateResponse("GET", "/v1/wallet", 200, wallet, false));
    // An undocumented field: the spec allows it (clients ignore unknown fields), but the validator's default
    // configuration reports it, so a server that adds or misspells a field is caught in tests.
    ValidationReport extra = validateResponse("GET", "/v1/wallet", 200,
        "{\"userId\":\"bob\",\"coins\":1,\"diamonds\":0,\"version\":1,\"tier\":\"gold\"}", true);
    assertThat(extra.getMessages()).extracting(ValidationReport.Message::getKey)
        .containsExactly("validation.response.body.schema.additionalProperties");
    // An order status outside the enum fails (the wire enum is open; the spec's is closed on purpose).
    String order = "{\"order\":{\"id\":\"ord_1\",\"packageId\":\"coins-70\",\"coins\":70,\"bonusCoins\":0,"
        + "\"price\":{\"amountMinor\":99,\"currency\":\"USD\"},\"provider\":\"sandbox\",\"region\":\"US\","
        + "\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-25T10:00:00Z\",\"updatedAt\":\"2026-11-25T10:00:00Z\"},"
        + "\"wallet\":{\"userId\":\"bob\",\"coins\":1070,\"diamonds\":0,\"version\":2}}";
    assertValid(validateResponse("GET", "/v1/recharge-orders/ord_1", 200, order, true));
    assertInvalid(validateResponse("GET", "/v1/recharge-orders/ord_1", 200, order.replace("COMPLETED", "DONE"), true));
    assertInvalid(validateResponse("GET", "/v1/recharge-orders/ord_1", 200, order.replace("USD", "usd"), true));
    assertInvalid(validateResponse("GET", "/v1/recharge-orders/ord_1", 200,
        order.replace("2026-11-25T10:00:00Z", "yesterday"), true));
  }

  @Test
  void validatorRejectsAnErrorWithTheWrongCodeOrDetails() {
    String declined = "{\"error\":{\"code\":\"payment_declined\",\"message\":\"m\",\"requestId\":\"req_1\","
        + "\"details\":{\"reason\":\"declined\",\"orderId\":\"ord_1\"}}}";
    String path = "/v1/recharge-orders/ord_1/confirm";
    assertValid(validateResponse("POST", path, 402, declined, true));
    assertInvalid(validateResponse("POST", path, 402, declined.replace("payment_declined", "conflict"), true));
    assertInvalid(validateResponse("POST", path, 402, declined.replace("\"declined\"", "\"stolen_card\""), true));
    assertInvalid(validateResponse("POST", path, 402, declined.replace(",\"orderId\":\"ord_1\"", ""), true));
    assertInvalid(validateResponse("POST", path, 402, declined.replace(",\"details\":{\"reason\":\"declined\","
        + "\"orderId\":\"ord_1\"}", ""), true));
    // 429 without Retry-After.
    String limited = "{\"error\":{\"code\":\"rate_limited\",\"message\":\"m\",\"requestId\":\"req_1\","
        + "\"details\":{\"retryAfterSeconds\":1}}}";
    assertInvalid(validator().validateResponse("/v1/wallet", Request.Method.GET, SimpleResponse.Builder.status(429)
        .withContentType("application/json").withHeader("Request-Id", "req_1").withBody(limited).build()));
    assertValid(validator().validateResponse("/v1/wallet", Request.Method.GET, SimpleResponse.Builder.status(429)
        .withContentType("application/json").withHeader("Request-Id", "req_1").withHeader("Retry-After", "1")
        .withBody(limited).build()));
  }

  @Test
  void validatorRejectsAPostWithoutAValidIdempotencyKey() {
    String body = "{\"diamonds\":2000,\"payoutMethod\":\"bank\"}";
    assertValid(validator().validateRequest(withdrawal(body).withHeader("Idempotency-Key", "k-1").build()));
    assertInvalid(validator().validateRequest(withdrawal(body).build()));
    assertInvalid(validator().validateRequest(withdrawal(body).withHeader("Idempotency-Key", "has space").build()));
    assertInvalid(validator().validateRequest(withdrawal(body).withHeader("Idempotency-Key", "k".repeat(65)).build()));
    assertInvalid(validator().validateRequest(withdrawal("{\"diamonds\":0,\"payoutMethod\":\"bank\"}")
        .withHeader("Idempotency-Key", "k-2").build()));
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private static void assertValid(ValidationReport report) {
    assertThat(report.hasErrors()).as("expected valid, got: %s", describe(report)).isFalse();
  }

  private static void assertInvalid(ValidationReport report) {
    assertThat(report.hasErrors()).as("expected a validation error").isTrue();
  }

  private static SimpleRequest.Builder withdrawal(String body) {
    return SimpleRequest.Builder.post("/v1/creator/withdrawals")
        .withAuthorization("Bearer demo-token-carol")
        .withContentType("application/json")
        .withBody(body);
  }

  private static ValidationReport validateResponse(
      String method, String path, int status, String body, boolean withRequestId) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status)
        .withContentType("application/json").withBody(body);
    if (withRequestId) {
      response.withHeader("Request-Id", "req_4f9c2a7d1e6b3a80");
    }
    return validator().validateResponse(path, Request.Method.valueOf(method), response.build());
  }

  /** Validates every documented example of the 2xx ({@code success}) or the other responses. */
  private static int validateResponseExamples(boolean success) {
    List<String> failures = new ArrayList<>();
    int[] validated = {0};
    operations().forEach((name, op) -> {
      String method = name.substring(0, name.indexOf(' '));
      String path = concretePath(name, op);
      op.getResponses().forEach((status, ref) -> {
        if (status.startsWith("2") != success) {
          return;
        }
        ApiResponse response = deref(ref);
        response.getContent().forEach((contentType, media) -> {
          List<Object> examples = examples(media);
          if (examples.isEmpty()) {
            failures.add(name + " " + status + " " + contentType + ": no example");
          }
          for (Object example : examples) {
            SimpleResponse.Builder builder = SimpleResponse.Builder.status(Integer.parseInt(status))
                .withContentType(contentType)
                .withBody(contentType.contains("json") ? toJson(example) : asText(example));
            if (response.getHeaders() != null) {
              response.getHeaders().forEach((headerName, headerRef) -> {
                Header header = deref(headerRef);
                Object value = header.getExample() != null ? header.getExample()
                    : header.getSchema() == null ? null : header.getSchema().getExample();
                if (value != null) {
                  builder.withHeader(headerName, asText(value));
                } else if (Boolean.TRUE.equals(header.getRequired())) {
                  failures.add(name + " " + status + ": required header " + headerName + " has no example");
                }
              });
            }
            ValidationReport report =
                validator().validateResponse(path, Request.Method.valueOf(method), builder.build());
            if (report.hasErrors()) {
              failures.add(name + " " + status + " " + contentType + ": " + describe(report));
            }
            validated[0]++;
          }
        });
      });
    });
    assertThat(failures).isEmpty();
    return validated[0];
  }

  /** A request for the operation built from its parameters' examples (every parameter has one). */
  private static SimpleRequest.Builder requestFor(String name, Operation op) {
    String method = name.substring(0, name.indexOf(' '));
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, concretePath(name, op))
        .withAuthorization("Bearer demo-token-bob");
    for (Parameter parameter : parameters(name, op)) {
      String value = parameterExample(name, parameter);
      if ("query".equals(parameter.getIn())) {
        request.withQueryParam(parameter.getName(), value);
      } else if ("header".equals(parameter.getIn())) {
        request.withHeader(parameter.getName(), value);
      }
    }
    return request;
  }

  private static String concretePath(String name, Operation op) {
    String path = name.substring(name.indexOf(' ') + 1);
    for (Parameter parameter : parameters(name, op)) {
      if ("path".equals(parameter.getIn())) {
        path = path.replace("{" + parameter.getName() + "}", parameterExample(name, parameter));
      }
    }
    assertThat(path).as("%s path parameters all have examples", name).doesNotContain("{");
    return path;
  }

  private static String parameterExample(String operation, Parameter parameter) {
    Object example = parameter.getExample();
    assertThat(example).as("%s parameter %s example", operation, parameter.getName()).isNotNull();
    JsonNode node = JSON.valueToTree(example);
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      return String.join(",", items);
    }
    return node.asText();
  }

  /** Operations keyed "METHOD /path". */
  private static Map<String, Operation> operations() {
    Map<String, Operation> operations = new LinkedHashMap<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
        operations.put(method.name() + " " + path, op)));
    return operations;
  }

  private static Map<String, Operation> filterByMethod(String method) {
    Map<String, Operation> result = new LinkedHashMap<>();
    operations().forEach((name, op) -> {
      if (name.startsWith(method + " ")) {
        result.put(name, op);
      }
    });
    return result;
  }

  /** The operation's parameters, path-level ones included, with references resolved. */
  private static List<Parameter> parameters(String name, Operation op) {
    Set<Parameter> all = new LinkedHashSet<>();
    String path = name.substring(name.indexOf(' ') + 1);
    PathItem item = api.getPaths().get(path);
    if (item != null && item.getParameters() != null) {
      item.getParameters().forEach(p -> all.add(deref(p)));
    }
    if (op.getParameters() != null) {
      op.getParameters().forEach(p -> all.add(deref(p)));
    }
    return new ArrayList<>(all);
  }

  private interface ResponseVisitor {
    void visit(String operation, String status, ApiResponse response);
  }

  private static void forEachResponse(ResponseVisitor visitor) {
    operations().forEach((name, op) -> {
      assertThat(op.getResponses()).as("%s responses", name).isNotEmpty();
      op.getResponses().forEach((status, ref) -> visitor.visit(name, status, deref(ref)));
    });
  }

  /** Every example of a media type: {@code example} and each of {@code examples}. */
  private static List<Object> examples(MediaType media) {
    List<Object> examples = new ArrayList<>();
    if (media == null) {
      return examples;
    }
    if (media.getExample() != null) {
      examples.add(media.getExample());
    }
    if (media.getExamples() != null) {
      for (Example example : media.getExamples().values()) {
        Example resolved = example.get$ref() == null ? example
            : api.getComponents().getExamples().get(simpleName(example.get$ref()));
        examples.add(resolved.getValue());
      }
    }
    return examples;
  }

  private static Parameter deref(Parameter parameter) {
    return parameter.get$ref() == null ? parameter
        : api.getComponents().getParameters().get(simpleName(parameter.get$ref()));
  }

  private static ApiResponse deref(ApiResponse response) {
    return response.get$ref() == null ? response
        : api.getComponents().getResponses().get(simpleName(response.get$ref()));
  }

  private static Header deref(Header header) {
    return header.get$ref() == null ? header
        : api.getComponents().getHeaders().get(simpleName(header.get$ref()));
  }

  private static RequestBody deref(RequestBody body) {
    return body == null || body.get$ref() == null ? body
        : api.getComponents().getRequestBodies().get(simpleName(body.get$ref()));
  }

  private static String simpleName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value instanceof JsonNode ? value : JSON.valueToTree(value));
    } catch (JsonProcessingException e) {
      throw new AssertionError("example is not serializable: " + value, e);
    }
  }

  private static String asText(Object value) {
    return value instanceof JsonNode ? ((JsonNode) value).asText() : String.valueOf(value);
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static String describe(ValidationReport report) {
    StringBuilder out = new StringBuilder();
    for (Iterator<ValidationReport.Message> it = report.getMessages().iterator(); it.hasNext(); ) {
      ValidationReport.Message message = it.next();
      out.append('[').append(message.getLevel().name().toLowerCase(Locale.ROOT)).append("] ")
          .append(message.getKey()).append(": ").append(message.getMessage());
      message.getNestedMessages().forEach(nested -> out.append(" / ").append(nested.getMessage()));
      if (it.hasNext()) {
        out.append("; ");
      }
    }
    return out.toString();
  }
}
