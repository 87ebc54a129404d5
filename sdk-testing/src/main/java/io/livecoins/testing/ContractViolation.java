package io.livecoins.testing;

import java.util.List;

/**
 * A request or response that did not match {@code docs/openapi.yaml}.
 *
 * @param direction {@code REQUEST} or {@code RESPONSE}
 * @param method request method
 * @param path request path
 * @param status response status (0 for a request)
 * @param messages the validator's messages
 */
public record ContractViolation(String direction, String method, String path, int status,
    List<String> messages) {
  @Override
  public String toString() {
    return direction + " " + method + " " + path + (status != 0 ? " -> " + status : "") + ": "
        + String.join("; ", messages);
  }
}
