package io.livecoins.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Percent-encoding for the parts of a URL the SDK builds from values: path segments and query
 * parameter values. Everything except the RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - .
 * _ ~}) is encoded as UTF-8 {@code %XX}, so a value can never add a path segment, a query
 * parameter or a fragment. Stateless; thread-safe.
 */
public final class Urls {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Urls() {}

  /**
   * Encodes {@code segment} for use as one path segment ({@code "a/b"} becomes {@code "a%2Fb"}).
   *
   * @throws NullPointerException if {@code segment} is null
   * @throws IllegalArgumentException if {@code segment} is empty, {@code "."} or {@code ".."}
   *     (which would change the path's meaning)
   */
  public static String pathSegment(String segment) {
    Objects.requireNonNull(segment, "segment == null");
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
      throw new IllegalArgumentException("not a usable path segment: \"" + segment + "\"");
    }
    return encode(segment);
  }

  /**
   * Encodes {@code value} for use as a query parameter value (a space becomes {@code %20}, {@code
   * &} becomes {@code %26}).
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static String queryValue(String value) {
    Objects.requireNonNull(value, "value == null");
    return encode(value);
  }

  private static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = null;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (isUnreserved(b)) {
        if (out != null) out.append((char) b);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(bytes.length * 3);
        for (int j = 0; j < i; j++) out.append((char) bytes[j]); // all unreserved ASCII so far
      }
      out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
    }
    return out == null ? value : out.toString();
  }

  private static boolean isUnreserved(int b) {
    return (b >= 'A' && b <= 'Z')
        || (b >= 'a' && b <= 'z')
        || (b >= '0' && b <= '9')
        || b == '-'
        || b == '.'
        || b == '_'
        || b == '~';
  }
}
