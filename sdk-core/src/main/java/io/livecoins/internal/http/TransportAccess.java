package io.livecoins.internal.http;

import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.HttpResponse;
import org.jspecify.annotations.Nullable;

/**
 * Lets the pipeline build and read the transport's value types without the defensive copies their
 * public constructors and accessors make for other callers (OkHttp's {@code Internal} pattern): the
 * pipeline's arrays are fresh and never change afterwards. Installed once by {@link HttpRequest}'s
 * class initialiser. Not API.
 */
public abstract class TransportAccess {
  private static volatile @Nullable TransportAccess instance;

  /** Installs the implementation; only the first call has an effect. */
  public static synchronized void install(TransportAccess access) {
    if (instance == null) instance = access;
  }

  static TransportAccess get() {
    TransportAccess access = instance;
    if (access != null) return access;
    try { // runs HttpRequest's static initialiser, which installs the implementation
      Class.forName(HttpRequest.class.getName(), true, HttpRequest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    access = instance;
    if (access == null) throw new AssertionError("TransportAccess not installed");
    return access;
  }

  /** A request that takes ownership of {@code namesAndValues} and {@code body} (no copies). */
  public abstract HttpRequest newRequest(
      String method,
      String url,
      String[] namesAndValues,
      byte @Nullable [] body,
      long maxResponseBytes,
      long callTimeoutMillis);

  /** The response body itself, not a copy: the caller must not change it. */
  public abstract byte[] body(HttpResponse response);
}
