package io.livecoins.internal;

import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.NetworkException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever a {@link io.livecoins.transport.Transport} throws into a typed {@link
 * NetworkException}, with the effect the failure allows: a failure that certainly happened before
 * the request left the device is {@link Effect#NOT_APPLIED}; any other failure of a mutating call
 * is {@link Effect#UNKNOWN}. Whether the exception is retryable is {@link
 * NetworkException#isRetryable()}'s decision (I/O failures except a refused certificate).
 */
public final class TransportFailures {
  private TransportFailures() {}

  /**
   * The typed exception for anything {@code Exchange.execute()} threw, I/O or not (Android's {@code
   * NetworkOnMainThreadException}, an {@code IllegalArgumentException} from a header, a host
   * transport's bug). Never returns null, never throws.
   *
   * @param mutating whether the call may move money (a POST)
   * @param earlierAttemptAmbiguous whether an earlier attempt of this call may have reached the
   *     server without a definitive answer
   * @param sentToken the bearer token the request carried, masked wherever the failure quotes it (a
   *     server can echo it in a status line); null when none was sent
   */
  public static NetworkException of(
      Exception failure, boolean mutating, boolean earlierAttemptAmbiguous, @Nullable String sentToken) {
    boolean maybeSent = mayHaveBeenSent(failure);
    Effect effect = mutating && (maybeSent || earlierAttemptAmbiguous) ? Effect.UNKNOWN : Effect.NOT_APPLIED;
    return new NetworkException(
        ErrorContext.of(Redactor.without(describe(failure), sentToken), effect),
        Redactor.without(failure, sentToken));
  }

  /**
   * Whether the request may have reached the server before {@code failure}. Not for a refused
   * connection, an unknown host, no route, a TLS refusal (all before any request byte is written),
   * nor Android's refusals to open a socket ({@code NetworkOnMainThreadException}, a missing
   * {@code INTERNET} permission). Any other failure, including a runtime exception from a host
   * transport, may have happened after the request was written.
   */
  public static boolean mayHaveBeenSent(Throwable failure) {
    if (failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException
        || isTlsRefusal(failure)) {
      return false;
    }
    return !isAndroidSocketRefusal(failure);
  }

  /** The client refused the server's certificate (untrusted, wrong host, pin mismatch). */
  public static boolean isTlsRefusal(Throwable failure) {
    return failure instanceof SSLPeerUnverifiedException || failure instanceof SSLHandshakeException;
  }

  private static boolean isAndroidSocketRefusal(Throwable failure) {
    if (failure instanceof SecurityException) return true; // no INTERNET permission
    return failure.getClass().getName().equals("android.os.NetworkOnMainThreadException");
  }

  private static String describe(Throwable failure) {
    String detail = failure.getClass().getSimpleName() + " " + Redactor.redact(String.valueOf(failure.getMessage()));
    if (failure.getClass().getName().equals("android.os.NetworkOnMainThreadException")) {
      return "Android refused network I/O on the main thread (" + detail
          + "); run calls with enqueue(callback) or on a background thread";
    }
    if (failure instanceof InterruptedIOException) return "timed out or interrupted: " + detail;
    if (failure instanceof IOException) return "I/O error: " + detail;
    return "transport failed: " + detail;
  }
}
