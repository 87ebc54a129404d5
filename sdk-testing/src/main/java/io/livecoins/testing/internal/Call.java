package io.livecoins.testing.internal;

import io.livecoins.testing.MockUser;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/** One authenticated API request as the handlers see it. */
public final class Call {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Headers headers;
  private final Json.Parsed body;
  private final MockUser user;
  private final Map<String, String> pathParams;
  private final String idempotencyScope;
  private Map<String, Object> json;

  public Call(String method, String path, Map<String, List<String>> query, Headers headers, String body,
      MockUser user, Map<String, String> pathParams, String idempotencyScope) {
    this(method, path, query, headers, Json.Parsed.of(body), user, pathParams, idempotencyScope);
  }

  /** A call whose body's parse is shared with the checks before it (the contract check, idempotency). */
  public Call(String method, String path, Map<String, List<String>> query, Headers headers, Json.Parsed body,
      MockUser user, Map<String, String> pathParams, String idempotencyScope) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.user = user;
    this.pathParams = pathParams;
    this.idempotencyScope = idempotencyScope;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public MockUser user() {
    return user;
  }

  public String pathParam(String name) {
    return pathParams.get(name);
  }

  public String header(String name) {
    return headers.get(name);
  }

  /** {@code userId/key} of this POST, or null for a GET. */
  public String idempotencyScope() {
    return idempotencyScope;
  }

  /** The single value of query parameter {@code name}, or null. */
  public String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** An integer query parameter in [min, max], or {@code dflt} when absent. */
  public int queryInt(String name, int min, int max, int dflt) {
    String v = query(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw ApiException.invalid(name, "out_of_range", name + " must be an integer in " + min + ".." + max);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> json() {
    if (json == null) {
      Object parsed;
      try {
        parsed = body.text() == null ? Json.parse("") : body.value();
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid("body", "malformed", "The request body is not valid JSON.");
      }
      if (!(parsed instanceof Map)) {
        throw ApiException.invalid("body", "malformed", "The request body must be a JSON object.");
      }
      json = (Map<String, Object>) parsed;
    }
    return json;
  }

  public String string(String field) {
    return string(json(), field, field);
  }

  public long longValue(String field, long min, long max) {
    return longValue(json(), field, field, min, max);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> object(String field) {
    Object v = json().get(field);
    if (!(v instanceof Map)) {
      throw ApiException.invalid(field, "required", field + " must be an object");
    }
    return (Map<String, Object>) v;
  }

  public static String string(Map<String, Object> obj, String key, String field) {
    Object v = obj.get(key);
    if (!(v instanceof String s) || s.isEmpty()) {
      throw ApiException.invalid(field, "required", field + " must be a non-empty string");
    }
    return s;
  }

  public static long longValue(Map<String, Object> obj, String key, String field, long min, long max) {
    Object v = obj.get(key);
    if (!(v instanceof Long n)) {
      throw ApiException.invalid(field, "required", field + " must be an integer");
    }
    if (n < min || n > max) {
      throw ApiException.invalid(field, "out_of_range", field + " must be in " + min + ".." + max);
    }
    return n;
  }
}
