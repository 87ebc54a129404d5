package io.livecoins.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A contract error answer ({@code {"error": {...}}}) raised by a handler. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final Map<String, Object> details;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public ApiException(int status, String code, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details == null ? new LinkedHashMap<>() : details;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public ApiException header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public static ApiException invalid(String field, String reason, String message) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("field", field);
    if (reason != null) {
      details.put("reason", reason);
    }
    return new ApiException(400, "invalid_request", message, details);
  }

  public static ApiException unauthenticated() {
    return new ApiException(401, "unauthenticated", "Missing or unknown bearer token.", null);
  }

  public static ApiException forbidden(String reason, String message) {
    return new ApiException(403, "forbidden", message, Maps.of("reason", reason));
  }

  public static ApiException notFound(String resource, String message) {
    return new ApiException(404, "not_found", message, Maps.of("resource", resource));
  }

  public static ApiException conflict(String reason, String message) {
    return new ApiException(409, "conflict", message, Maps.of("reason", reason));
  }

  public static ApiException invalidState(String status) {
    return new ApiException(409, "conflict", "The order is " + status + "; it cannot be confirmed.",
        Maps.of("reason", "invalid_state", "status", status));
  }

  public static ApiException unavailable(int status) {
    return new ApiException(status, "unavailable", "The service is temporarily unavailable.", null);
  }

  public static ApiException internal() {
    return new ApiException(500, "internal", "Internal server error.", null);
  }

  public static ApiException rateLimited(long retryAfterSeconds) {
    return new ApiException(429, "rate_limited", "Too many requests; retry after "
        + retryAfterSeconds + " s.", Maps.of("retryAfterSeconds", retryAfterSeconds))
        .header("Retry-After", Long.toString(retryAfterSeconds));
  }

  /** Whether this answer is stored under an idempotency key (the contract: not 5xx, 429 or 401). */
  public boolean storable() {
    return status < 500 && status != 429 && status != 401;
  }
}
