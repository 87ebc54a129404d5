package io.livecoins.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Helpers for OkHttp's MockWebServer in tests: always bound to 127.0.0.1. */
public final class MockServers {
  private MockServers() {}

  /** Starts a server on 127.0.0.1 and an ephemeral port. */
  public static MockWebServer startLoopback() {
    MockWebServer server = new MockWebServer();
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** A JSON response with a {@code Request-Id}. */
  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .setHeader("Request-Id", "req_test" + code)
        .body(body)
        .build();
  }

  /** A contract error envelope. */
  public static MockResponse error(int code, String errorCode, String detailsJson) {
    return json(
        code,
        "{\"error\":{\"code\":\"" + errorCode + "\",\"message\":\"test " + errorCode
            + "\",\"requestId\":\"req_body\",\"details\":" + detailsJson + "}}");
  }
}
