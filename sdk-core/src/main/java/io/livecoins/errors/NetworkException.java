package io.livecoins.errors;

import java.io.IOException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jspecify.annotations.Nullable;

/**
 * No usable response: the connection failed, timed out or dropped, after the SDK's retries ran out
 * or the call's deadline passed; or the transport failed in a way the SDK cannot classify (a
 * runtime exception, such as Android's {@code NetworkOnMainThreadException}). A mutating call whose
 * request may have reached the server has effect {@link Effect#UNKNOWN}; one that never connected
 * has {@link Effect#NOT_APPLIED}.
 *
 * <p>{@linkplain #isRetryable() Retryable} when the cause is an I/O failure, except when the client
 * refused the server's certificate (that refusal would repeat); not retryable when the transport
 * failed with a runtime exception (a programming or configuration error).
 */
public final class NetworkException extends ServiceException {
  private static final long serialVersionUID = 2L;
  // Both decided by the transport's own failure: the stored cause may be a redacted stand-in for it.
  /** Whether the failure was I/O other than a refused certificate. */
  private final boolean retryable;
  /** Whether the client refused the server's certificate. */
  private final boolean tlsRefusal;

  /**
   * Creates the exception for the transport's failure {@code cause}.
   *
   * @param context the failure's context (HTTP status 0; effect {@link Effect#UNKNOWN} when a
   *     mutating request may have reached the server); its code becomes {@code "network"}
   * @param cause the transport's failure, such as a {@code SocketTimeoutException}; decides
   *     {@link #isRetryable()} and {@link #isTlsRefusal()}. Kept as the cause unless its message
   *     (or a cause's) quotes a secret, such as a status line echoing a card number or a bearer
   *     token: then a stand-in with the same type name, the message redacted and the same stack
   *     trace
   */
  public NetworkException(ErrorContext context, Throwable cause) {
    super("network", context, RedactedCause.ofSecrets(cause));
    this.tlsRefusal = isTlsRefusal(cause);
    this.retryable = cause instanceof IOException && !tlsRefusal;
  }

  /**
   * Whether the client refused the server's certificate (untrusted, wrong host, pin mismatch): a
   * configuration or security problem that retrying does not fix.
   *
   * @return true when the cause is an {@code SSLPeerUnverifiedException} or {@code
   *     SSLHandshakeException}
   */
  public boolean isTlsRefusal() {
    return tlsRefusal;
  }

  /**
   * True for an I/O failure other than a refused certificate.
   *
   * @return whether the cause is an {@code IOException} and not a {@linkplain #isTlsRefusal() TLS
   *     refusal}
   */
  @Override
  public boolean isRetryable() {
    return retryable;
  }

  static boolean isTlsRefusal(@Nullable Throwable cause) {
    return cause instanceof SSLPeerUnverifiedException || cause instanceof SSLHandshakeException;
  }
}
