package io.livecoins.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A handler's answer: status and a JSON body, or a streaming SSE body. */
public final class ApiResponse {
  private final int status;
  private final Object json;
  private final SseBody stream;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private ApiResponse(int status, Object json, SseBody stream) {
    this.status = status;
    this.json = json;
    this.stream = stream;
  }

  public static ApiResponse json(int status, Object body) {
    return new ApiResponse(status, body, null);
  }

  public static ApiResponse ok(Object body) {
    return json(200, body);
  }

  public static ApiResponse stream(SseBody body) {
    return new ApiResponse(200, null, body);
  }

  public int status() {
    return status;
  }

  public Object json() {
    return json;
  }

  public SseBody streamBody() {
    return stream;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
