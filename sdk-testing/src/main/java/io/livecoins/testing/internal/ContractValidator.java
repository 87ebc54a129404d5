package io.livecoins.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import okhttp3.Headers;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks requests and responses against the bundled {@code io/livecoins/testing/openapi.yaml} (a copy of
 * {@code docs/openapi.yaml}). Thread-safe; the spec is parsed and compiled once per JVM.
 *
 * <p>Our own validator for the OpenAPI 3.0 subset the contract uses (paths with templates; path, query and
 * header parameters, {@code form} arrays; request bodies; responses by status with required headers; schemas
 * with {@code $ref}, {@code type}, {@code format} int32/int64/date-time/uri, {@code enum}, {@code nullable},
 * {@code minimum}/{@code maximum}, {@code minLength}/{@code maxLength}, {@code pattern},
 * {@code minItems}/{@code maxItems}, {@code items}, {@code required}, {@code properties} and
 * {@code additionalProperties}). It replaced Atlassian's swagger-request-validator, whose dependency tree
 * (64 jars, 17.5 MB) leaked into users' tests and whose per-request cost capped the mock server's
 * throughput. As before, an object property the spec does not declare is reported when the schema
 * lists {@code properties} and does not say {@code additionalProperties: true}, so a server that adds or misspells a field is caught in tests.
 * A construct outside the subset ({@code oneOf}, {@code allOf}, ...) fails loading, so the spec cannot
 * silently outgrow the check.
 */
public final class ContractValidator {
  /** Where the spec is bundled in the jar. */
  public static final String SPEC_RESOURCE = "io/livecoins/testing/openapi.yaml";

  /**
   * The same spec as JSON, written at build time by {@link SpecCompiler}: what {@link #bundled()} reads, so a
   * JVM's first mock server does not parse YAML. Absent (an IDE build without the Maven step): the YAML is read.
   */
  public static final String COMPILED_RESOURCE = "io/livecoins/testing/openapi.json";

  /** One problem: a message and the best guess at the field it concerns. */
  public record Violation(String field, String message) {}

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final Set<String> SCHEMA_KEYS = Set.of("type", "format", "enum", "nullable", "minimum", "maximum",
      "minLength", "maxLength", "pattern", "minItems", "maxItems", "items", "required", "properties",
      "additionalProperties", "description", "example", "default", "x-deviation", "x-event-schema", "$ref",
      "title", "readOnly", "writeOnly", "deprecated");

  private static volatile ContractValidator bundled;

  /** The operations of each method (upper case, as on the wire), in matching order. */
  private final Map<String, Operation[]> byMethod = new java.util.HashMap<>();

  private ContractValidator(List<Operation> operations) {
    Map<String, List<Operation>> grouped = new LinkedHashMap<>();
    for (Operation op : operations) {
      grouped.computeIfAbsent(op.method.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(op);
    }
    grouped.forEach((m, ops) -> byMethod.put(m, ops.toArray(new Operation[0])));
  }

  /** The validator for the bundled spec (loaded and compiled once per JVM). */
  public static ContractValidator bundled() {
    ContractValidator v = bundled;
    if (v == null) {
      synchronized (ContractValidator.class) {
        v = bundled;
        if (v == null) {
          v = bundled = loadBundled();
        }
      }
    }
    return v;
  }

  /** A validator for the OpenAPI 3.0 document {@code yaml}; throws {@link IllegalArgumentException} if unusable. */
  public static ContractValidator of(String yaml) {
    return compile(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
  }

  /** A validator for an OpenAPI 3.0 document already parsed into maps and lists (YAML or JSON). */
  static ContractValidator compile(Object document) {
    return new Compiler(map(document, "document")).compile();
  }

  private static ContractValidator loadBundled() {
    try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(COMPILED_RESOURCE)) {
      if (in != null) {
        return compile(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(loadSpec());
  }

  /** The bundled spec text. */
  public static String loadSpec() {
    ClassLoader loader = ContractValidator.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + SPEC_RESOURCE
            + ": build sdk-testing after docs/openapi.yaml exists (it is copied into the jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks one request; an empty list means it matches the contract. */
  public List<Violation> validateRequest(String method, String path, Map<String, List<String>> query,
      Headers headers, String body) {
    return validateRequest(method, path, query, headers, Json.Parsed.of(body));
  }

  /** {@link #validateRequest(String, String, Map, Headers, String)} reading the body's shared parse. */
  public List<Violation> validateRequest(String method, String path, Map<String, List<String>> query,
      Headers headers, Json.Parsed parsedBody) {
    String body = parsedBody.text();
    List<Violation> out = new ArrayList<>();
    Map<String, String> pathParams = new LinkedHashMap<>();
    Operation op = find(method, path, pathParams);
    if (op == null) {
      out.add(new Violation("request", "validation.request.operation.notAllowed: no operation " + method + " "
          + path + " in the contract"));
      return out;
    }
    for (Parameter p : op.parameters) {
      List<String> values;
      switch (p.in) {
        case "path":
          String v = pathParams.get(p.name);
          values = v == null ? List.of() : List.of(v);
          break;
        case "query":
          values = query.getOrDefault(p.name, List.of());
          break;
        case "header":
          values = headers.values(p.name);
          break;
        default:
          continue;
      }
      checkParameter("request", p, values, out);
    }
    boolean hasBody = body != null && !body.isEmpty();
    if (op.requestBody == null) {
      if (hasBody) {
        out.add(new Violation("body", "validation.request.body.unexpected: no request body is allowed"));
      }
    } else if (!hasBody) {
      if (op.requestBodyRequired) {
        out.add(new Violation("body", "validation.request.body.missing: a request body is required"));
      }
    } else {
      Schema schema = mediaSchema("request", op.requestBody, headers.get("Content-Type"), out);
      if (schema != null) {
        checkJson("request", schema, parsedBody, out);
      }
    }
    return out;
  }

  /** Checks one response; an empty list means it matches the contract. */
  public List<Violation> validateResponse(String method, String path, int status, Map<String, String> headers,
      String body) {
    List<Violation> out = new ArrayList<>();
    Operation op = find(method, path, new LinkedHashMap<>());
    if (op == null) {
      out.add(new Violation("response", "validation.response.operation.notAllowed: no operation " + method + " "
          + path + " in the contract"));
      return out;
    }
    Response response = op.responses.get(Integer.toString(status));
    if (response == null) {
      response = op.responses.get("default");
    }
    if (response == null) {
      out.add(new Violation("status", "validation.response.status.unknown: status " + status
          + " is not documented for " + method + " " + op.template));
      return out;
    }
    Map<String, String> lower = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    lower.putAll(headers);
    for (Parameter h : response.headers) {
      String value = lower.get(h.name);
      checkParameter("response", h, value == null ? List.of() : List.of(value), out);
    }
    boolean hasBody = body != null && !body.isEmpty();
    if (response.content.isEmpty()) {
      if (hasBody) {
        out.add(new Violation("body", "validation.response.body.unexpected: no response body is documented"));
      }
    } else if (!hasBody) {
      out.add(new Violation("body", "validation.response.body.missing: a response body is required"));
    } else {
      Schema schema = mediaSchema("response", response.content, lower.get("Content-Type"), out);
      if (schema != null) {
        checkJson("response", schema, Json.Parsed.of(body), out);
      }
    }
    return out;
  }

  private Operation find(String method, String path, Map<String, String> pathParams) {
    Operation[] candidates = byMethod.get(method);
    if (candidates == null) {
      candidates = byMethod.get(method.toUpperCase(Locale.ROOT));
      if (candidates == null) {
        return null;
      }
    }
    String[] segments = split(path);
    for (Operation op : candidates) {
      if (op.matches(segments, pathParams)) {
        return op;
      }
      pathParams.clear();
    }
    return null;
  }

  /** The schema of the JSON media type chosen by {@code contentType}; null when the body is not JSON. */
  private static Schema mediaSchema(String direction, Map<String, Schema> content, String contentType,
      List<Violation> out) {
    String type = contentType == null ? null
        : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (type == null || type.isEmpty()) {
      if (content.size() == 1) {
        type = content.keySet().iterator().next();
      } else {
        out.add(new Violation("Content-Type", "validation." + direction + ".contentType.missing: one of "
            + content.keySet() + " is required"));
        return null;
      }
    }
    if (!content.containsKey(type)) {
      out.add(new Violation("Content-Type", "validation." + direction + ".contentType.notAllowed: " + type
          + " is not one of " + content.keySet()));
      return null;
    }
    return type.equals("application/json") || type.endsWith("+json") ? content.get(type) : null;
  }

  private static void checkJson(String direction, Schema schema, Json.Parsed body, List<Violation> out) {
    Object value;
    try {
      value = body.value();
    } catch (IllegalArgumentException e) {
      out.add(new Violation("body", "validation." + direction + ".body.schema.invalidJson: " + e.getMessage()));
      return;
    }
    schema.check("validation." + direction + ".body.schema.", new Pointer(), value, out);
  }

  private static void checkParameter(String direction, Parameter p, List<String> values, List<Violation> out) {
    String prefix = "validation." + direction + ".parameter." + p.in + ".";
    if (direction.equals("response")) {
      prefix = "validation.response.headers.";
    }
    if (values.isEmpty()) {
      if (p.required) {
        out.add(new Violation(p.name, prefix + "missing: " + p.in + " '" + p.name + "' is required"));
      }
      return;
    }
    Schema schema = p.schema;
    Object value;
    if ("array".equals(schema.type)) {
      List<Object> items = new ArrayList<>();
      for (String v : values) {
        for (String part : (p.explode ? new String[] {v} : v.split(",", -1))) {
          items.add(scalar(schema.items, part));
        }
      }
      value = items;
    } else {
      value = scalar(schema, values.get(0));
    }
    List<Violation> found = new ArrayList<>();
    schema.check(prefix + "schema.", new Pointer(), value, found);
    for (Violation v : found) {
      out.add(new Violation(p.name, v.message() + " (" + p.in + " '" + p.name + "')"));
    }
  }

  /** A parameter's text as the JSON value its schema expects (left as text when it does not parse). */
  private static Object scalar(Schema schema, String text) {
    if (schema == null) {
      return text;
    }
    switch (schema.type == null ? "" : schema.type) {
      case "integer":
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          return text;
        }
      case "number":
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException e) {
          return text;
        }
      case "boolean":
        return text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : text;
      default:
        return text;
    }
  }

  /**
   * Whether {@code s} is exactly {@code yyyy-MM-ddTHH:mm:ssZ} (what the mock writes: {@code Instant}s of whole
   * seconds) and a valid date and time. True only for text {@link OffsetDateTime#parse} accepts; false
   * means "not this form", not "invalid" (the caller then asks the full parser).
   */
  static boolean isUtcSecondsDateTime(String s) {
    if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
      return false;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return false;
    }
    return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /** The ASCII digits {@code s[from, from + n)} as a number; -1 when one is not a digit. */
  private static int digits(String s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o, String what) {
    if (!(o instanceof Map)) {
      throw new IllegalArgumentException(what + " must be a mapping, is " + o);
    }
    return (Map<String, Object>) o;
  }

  // ---- the compiled model ----------------------------------------------------------------------------

  private static final class Operation {
    final String method;
    final String template;
    final String[] segments;
    final List<Parameter> parameters = new ArrayList<>();
    Map<String, Schema> requestBody;
    boolean requestBodyRequired;
    final Map<String, Response> responses = new LinkedHashMap<>();

    Operation(String method, String template) {
      this.method = method;
      this.template = template;
      this.segments = split(template);
    }

    boolean matches(String[] path, Map<String, String> params) {
      if (path.length != segments.length) {
        return false;
      }
      for (int i = 0; i < segments.length; i++) {
        String s = segments[i];
        if (s.startsWith("{") && s.endsWith("}")) {
          if (path[i].isEmpty()) {
            return false;
          }
          params.put(s.substring(1, s.length() - 1), path[i]);
        } else if (!s.equals(path[i])) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Parameter {
    final String name;
    final String in;
    final boolean required;
    final boolean explode;
    final Schema schema;

    Parameter(String name, String in, boolean required, boolean explode, Schema schema) {
      this.name = name;
      this.in = in;
      this.required = required;
      this.explode = explode;
      this.schema = schema;
    }
  }

  private static final class Response {
    final List<Parameter> headers = new ArrayList<>();
    final Map<String, Schema> content = new LinkedHashMap<>();
  }

  /** A compiled schema; {@code $ref}s are resolved to shared instances (so recursion is fine). */
  private static final class Schema {
    String type;
    String format;
    List<Object> enumValues;
    boolean nullable;
    BigDecimal minimum;
    BigDecimal maximum;
    Integer minLength;
    Integer maxLength;
    Pattern pattern;
    String patternText;
    Integer minItems;
    Integer maxItems;
    Schema items;
    List<String> required = List.of();
    Map<String, Schema> properties;
    /**
     * null: undeclared properties are reported when {@link #properties} is declared (an object schema
     * without properties, like {@code EmptyDetails}, takes anything); TRUE_SCHEMA: anything goes; else:
     * their schema.
     */
    Schema additional;
    boolean any;

    /** Checks {@code value}; {@code pointer} is where it sits (restored on return), a string only in a violation. */
    void check(String prefix, Pointer pointer, Object value, List<Violation> out) {
      if (any) {
        return;
      }
      if (value == null) {
        if (!nullable) {
          out.add(violation(prefix + "nullNotAllowed", pointer, "null is not allowed"));
        } else if (enumValues != null && !enumValues.contains(null)) {
          out.add(violation(prefix + "enum", pointer, "null is not one of " + enumValues));
        }
        return;
      }
      if (type != null && !typeMatches(value)) {
        out.add(violation(prefix + "type", pointer, "instance type (" + jsonType(value)
            + ") does not match the required type (" + type + ")"));
        return;
      }
      if (enumValues != null && !enumContains(value)) {
        out.add(violation(prefix + "enum", pointer, "instance value (" + value + ") not found in enum "
            + enumValues));
      }
      if (value instanceof String s) {
        checkString(prefix, pointer, s, out);
      } else if (value instanceof Number n) {
        checkNumber(prefix, pointer, n, out);
      } else if (value instanceof List<?> list) {
        if (minItems != null && list.size() < minItems) {
          out.add(violation(prefix + "minItems", pointer, "array has " + list.size() + " items, minimum "
              + minItems));
        }
        if (maxItems != null && list.size() > maxItems) {
          out.add(violation(prefix + "maxItems", pointer, "array has " + list.size() + " items, maximum "
              + maxItems));
        }
        if (items != null) {
          for (int i = 0; i < list.size(); i++) {
            pointer.push(i);
            items.check(prefix, pointer, list.get(i), out);
            pointer.pop();
          }
        }
      } else if (value instanceof Map<?, ?> object) {
        for (String name : required) {
          if (!object.containsKey(name)) {
            out.add(violation(prefix + "required", pointer, "object has missing required properties ([\""
                + name + "\"])", name));
          }
        }
        for (Map.Entry<?, ?> e : object.entrySet()) {
          String name = String.valueOf(e.getKey());
          Schema property = properties == null ? null : properties.get(name);
          if (property != null) {
            pointer.push(name);
            property.check(prefix, pointer, e.getValue(), out);
            pointer.pop();
          } else if (additional == null && properties != null) {
            out.add(violation(prefix + "additionalProperties", pointer, "object instance has a property not "
                + "allowed by the schema: \"" + name + "\"", name));
          } else if (additional != null) {
            pointer.push(name);
            additional.check(prefix, pointer, e.getValue(), out);
            pointer.pop();
          }
        }
      }
    }

    private void checkString(String prefix, Pointer pointer, String s, List<Violation> out) {
      int length = s.codePointCount(0, s.length());
      if (minLength != null && length < minLength) {
        out.add(violation(prefix + "minLength", pointer, "string \"" + s + "\" is too short (length: " + length
            + ", required minimum: " + minLength + ")"));
      }
      if (maxLength != null && length > maxLength) {
        out.add(violation(prefix + "maxLength", pointer, "string is too long (length: " + length
            + ", maximum allowed: " + maxLength + ")"));
      }
      if (pattern != null && !pattern.matcher(s).find()) {
        out.add(violation(prefix + "pattern", pointer, "string \"" + s + "\" does not match the pattern "
            + patternText));
      }
      if ("date-time".equals(format)) {
        try {
          if (!isUtcSecondsDateTime(s)) { // the common form, else the full parser decides
            OffsetDateTime.parse(s);
          }
        } catch (DateTimeParseException e) {
          out.add(violation(prefix + "format", pointer, "string \"" + s + "\" is invalid against requested "
              + "date format(s) [yyyy-MM-dd'T'HH:mm:ssZ]"));
        }
      } else if ("uri".equals(format)) {
        try {
          new java.net.URI(s); // a URI reference, as JSON Schema draft 4 validators read "uri"
        } catch (java.net.URISyntaxException e) {
          out.add(violation(prefix + "format", pointer, "string \"" + s + "\" is not a valid URI"));
        }
      }
    }

    private void checkNumber(String prefix, Pointer pointer, Number n, List<Violation> out) {
      boolean int32 = "int32".equals(format);
      if (minimum == null && maximum == null && !int32) {
        return; // the common case: no bound, no BigDecimal
      }
      BigDecimal d = n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.longValue());
      if (minimum != null && d.compareTo(minimum) < 0) {
        out.add(violation(prefix + "minimum", pointer, "numeric instance is lower than the required minimum "
            + "(minimum: " + minimum + ", found: " + n + ")"));
      }
      if (maximum != null && d.compareTo(maximum) > 0) {
        out.add(violation(prefix + "maximum", pointer, "numeric instance is greater than the required maximum "
            + "(maximum: " + maximum + ", found: " + n + ")"));
      }
      if (int32 && (d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
          || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
        out.add(violation(prefix + "format", pointer, "value " + n + " is out of range for int32"));
      }
    }

    private boolean typeMatches(Object value) {
      switch (type) {
        case "object":
          return value instanceof Map;
        case "array":
          return value instanceof List;
        case "string":
          return value instanceof String;
        case "boolean":
          return value instanceof Boolean;
        case "integer":
          // Json reads integral numbers as Long; a BigDecimal here is fractional or beyond int64.
          return value instanceof Long || value instanceof Integer;
        case "number":
          return value instanceof Number;
        default:
          return true;
      }
    }

    private boolean enumContains(Object value) {
      for (Object e : enumValues) {
        if (e == null) {
          continue;
        }
        if (e.equals(value)) {
          return true;
        }
        if (e instanceof Number a && value instanceof Number b
            && new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0) {
          return true;
        }
      }
      return false;
    }

    private static String jsonType(Object value) {
      if (value instanceof Map) return "object";
      if (value instanceof List) return "array";
      if (value instanceof String) return "string";
      if (value instanceof Boolean) return "boolean";
      if (value instanceof Long || value instanceof Integer) return "integer";
      return "number";
    }

    private static Violation violation(String key, Pointer at, String message) {
      return violation(key, at, message, null);
    }

    /** The field is the instance pointer as dots ({@code order.price.currency}), plus a missing name. */
    private static Violation violation(String key, Pointer at, String message, String child) {
      String pointer = at.toString();
      String field = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
      if (child != null) {
        field = field.isEmpty() ? child : field + "." + child;
      }
      String where = pointer.isEmpty() ? "" : "[Path '" + pointer + "'] ";
      return new Violation(field.isEmpty() ? "body" : field, key + ": " + where + message);
    }
  }

  /**
   * Where a checked value sits in the instance, as a stack of property names and array indexes: pushed and
   * popped while walking, turned into a JSON pointer ({@code /order/price}) only for a violation, so a valid
   * body costs no string building.
   */
  private static final class Pointer {
    private Object[] parts = new Object[8];
    private int size;

    void push(Object part) {
      if (size == parts.length) {
        parts = Arrays.copyOf(parts, size * 2);
      }
      parts[size++] = part;
    }

    void pop() {
      parts[--size] = null;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < size; i++) {
        b.append('/').append(parts[i]);
      }
      return b.toString();
    }
  }

  private static final Schema TRUE_SCHEMA = new Schema();

  static {
    TRUE_SCHEMA.any = true;
  }

  // ---- compiling the YAML tree -------------------------------------------------------------------------

  private static final class Compiler {
    private final Map<String, Object> doc;
    private final Map<String, Schema> refs = new LinkedHashMap<>();

    Compiler(Map<String, Object> doc) {
      this.doc = doc;
    }

    ContractValidator compile() {
      Object version = doc.get("openapi");
      if (!(version instanceof String v) || !v.startsWith("3.0.")) {
        throw new IllegalArgumentException("only OpenAPI 3.0.x is supported, found openapi: " + version);
      }
      List<Operation> ops = new ArrayList<>();
      for (Map.Entry<String, Object> path : map(doc.get("paths"), "paths").entrySet()) {
        Map<String, Object> item = map(path.getValue(), path.getKey());
        List<Object> shared = list(item.get("parameters"));
        for (Map.Entry<String, Object> e : item.entrySet()) {
          if (!METHODS.contains(e.getKey())) {
            continue;
          }
          String where = e.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
          Operation op = new Operation(e.getKey(), path.getKey());
          Map<String, Object> o = map(e.getValue(), where);
          Map<String, Parameter> params = new LinkedHashMap<>();
          for (Object p : concat(shared, list(o.get("parameters")))) {
            Parameter parameter = parameter(map(resolve(p), where + " parameter"), null);
            params.put(parameter.in + ":" + parameter.name, parameter);
          }
          op.parameters.addAll(params.values());
          if (o.containsKey("requestBody")) {
            Map<String, Object> rb = map(resolve(o.get("requestBody")), where + " requestBody");
            op.requestBodyRequired = Boolean.TRUE.equals(rb.get("required"));
            op.requestBody = content(rb.get("content"), where + " requestBody");
          }
          for (Map.Entry<String, Object> r : map(o.get("responses"), where + " responses").entrySet()) {
            Map<String, Object> rm = map(resolve(r.getValue()), where + " " + r.getKey());
            Response response = new Response();
            if (rm.get("headers") != null) {
              for (Map.Entry<String, Object> h : map(rm.get("headers"), where + " headers").entrySet()) {
                response.headers.add(parameter(map(resolve(h.getValue()), h.getKey()), h.getKey()));
              }
            }
            if (rm.get("content") != null) {
              response.content.putAll(content(rm.get("content"), where + " " + r.getKey()));
            }
            op.responses.put(String.valueOf(r.getKey()), response);
          }
          ops.add(op);
        }
      }
      // Literal segments win over templates ("/v1/x/latest" before "/v1/x/{id}").
      ops.sort((a, b) -> Long.compare(Arrays.stream(a.segments).filter(s -> s.startsWith("{")).count(),
          Arrays.stream(b.segments).filter(s -> s.startsWith("{")).count()));
      return new ContractValidator(List.copyOf(ops));
    }

    private Parameter parameter(Map<String, Object> p, String headerName) {
      String name = headerName != null ? headerName : (String) p.get("name");
      String in = headerName != null ? "header" : (String) p.get("in");
      if (name == null || in == null) {
        throw new IllegalArgumentException("parameter without name or in: " + p);
      }
      boolean required = Boolean.TRUE.equals(p.get("required"));
      Object style = p.get("style");
      if (style != null && !style.equals("form") && !style.equals("simple")) {
        throw new IllegalArgumentException("parameter " + name + ": style " + style + " is not supported");
      }
      boolean explode = p.containsKey("explode") ? Boolean.TRUE.equals(p.get("explode"))
          : "query".equals(in) && (style == null || style.equals("form"));
      return new Parameter(name, in, required, explode, schema(p.get("schema"), "parameter " + name));
    }

    private Map<String, Schema> content(Object content, String where) {
      Map<String, Schema> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> m : map(content, where + " content").entrySet()) {
        Object schema = map(m.getValue(), where + " " + m.getKey()).get("schema");
        out.put(m.getKey().toLowerCase(Locale.ROOT), schema == null ? TRUE_SCHEMA : schema(schema, where));
      }
      return out;
    }

    private Schema schema(Object node, String where) {
      if (node == null) {
        return TRUE_SCHEMA;
      }
      Map<String, Object> m = map(node, where + " schema");
      Object ref = m.get("$ref");
      if (ref != null) {
        String name = (String) ref;
        Schema existing = refs.get(name);
        if (existing != null) {
          return existing;
        }
        Schema s = new Schema();
        refs.put(name, s);
        fill(s, map(lookup(name), name), name);
        return s;
      }
      Schema s = new Schema();
      fill(s, m, where);
      return s;
    }

    private void fill(Schema s, Map<String, Object> m, String where) {
      for (String key : m.keySet()) {
        if (!SCHEMA_KEYS.contains(key)) {
          throw new IllegalArgumentException(where + ": schema keyword '" + key + "' is not supported by "
              + "ContractValidator (extend it before using it in the spec)");
        }
      }
      s.type = (String) m.get("type");
      s.format = (String) m.get("format");
      s.nullable = Boolean.TRUE.equals(m.get("nullable"));
      if (m.get("enum") != null) {
        s.enumValues = new ArrayList<>(list(m.get("enum")));
      }
      s.minimum = decimal(m.get("minimum"));
      s.maximum = decimal(m.get("maximum"));
      s.minLength = integer(m.get("minLength"));
      s.maxLength = integer(m.get("maxLength"));
      if (m.get("pattern") != null) {
        s.patternText = (String) m.get("pattern");
        s.pattern = Pattern.compile(s.patternText);
      }
      s.minItems = integer(m.get("minItems"));
      s.maxItems = integer(m.get("maxItems"));
      if (m.get("items") != null) {
        s.items = schema(m.get("items"), where + ".items");
      }
      if (m.get("required") != null) {
        List<String> required = new ArrayList<>();
        for (Object r : list(m.get("required"))) {
          required.add((String) r);
        }
        s.required = List.copyOf(required);
      }
      if (m.get("properties") != null) {
        s.properties = new LinkedHashMap<>();
        for (Map.Entry<String, Object> p : map(m.get("properties"), where + " properties").entrySet()) {
          s.properties.put(p.getKey(), schema(p.getValue(), where + "." + p.getKey()));
        }
      }
      Object additional = m.get("additionalProperties");
      if (Boolean.TRUE.equals(additional)) {
        s.additional = TRUE_SCHEMA;
      } else if (additional instanceof Map) {
        s.additional = schema(additional, where + ".additionalProperties");
      }
      if (s.type == null && s.properties == null && s.enumValues == null && s.items == null) {
        s.any = !s.nullable;
      }
    }

    private Object lookup(String ref) {
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("only local $refs are supported: " + ref);
      }
      Object node = doc;
      for (String part : ref.substring(2).split("/")) {
        node = map(node, ref).get(part.replace("~1", "/").replace("~0", "~"));
        if (node == null) {
          throw new IllegalArgumentException("unresolved $ref " + ref);
        }
      }
      return node;
    }

    private Object resolve(Object node) {
      Set<String> seen = new HashSet<>();
      while (node instanceof Map<?, ?> m && m.get("$ref") instanceof String ref) {
        if (!seen.add(ref)) {
          throw new IllegalArgumentException("$ref cycle at " + ref);
        }
        node = lookup(ref);
      }
      return node;
    }

    /** YAML gives Integer, the precompiled JSON Long. */
    private static Integer integer(Object o) {
      return o == null ? null : Math.toIntExact(((Number) o).longValue());
    }

    private static BigDecimal decimal(Object o) {
      return o == null ? null : new BigDecimal(o.toString());
    }

    private static List<Object> list(Object o) {
      if (o == null) {
        return List.of();
      }
      if (!(o instanceof List)) {
        throw new IllegalArgumentException("expected a list, found " + o);
      }
      @SuppressWarnings("unchecked")
      List<Object> l = (List<Object>) o;
      return l;
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
      List<Object> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }
  }
}
