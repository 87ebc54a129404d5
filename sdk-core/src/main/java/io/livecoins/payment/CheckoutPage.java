package io.livecoins.payment;

import io.livecoins.internal.Strings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A hosted checkout session as the backend reports it: the page's {@linkplain #url() URL} to open, the
 * {@linkplain #methods() methods} it offers, its expiry and its {@linkplain #status() status}. The
 * {@link HostedCheckoutProvider} hands it to your {@link CheckoutLauncher}. Immutable.
 */
public final class CheckoutPage {
  /** The session's state; the backend's word, never the return URL's. */
  public enum Status {
    /** Waiting for the user on the page. */
    OPEN,
    /** Paid; the backend completes (or has completed) the order and credits the coins. */
    PAID,
    /** Submitted; the payment network has not confirmed yet (a bank transfer). */
    PENDING,
    /** Declined; nothing was charged. */
    DECLINED,
    /** Closed by the user or the app; nothing was charged and nothing can be any more. */
    CANCELLED,
    /** Expired unpaid. */
    EXPIRED,
    /** A status this SDK version does not know; the order tells. */
    UNKNOWN;

    /**
     * {@return the status for a wire name, {@link #UNKNOWN} for null or an unknown one}
     *
     * @param wireName the status as the server sends it, such as {@code "PAID"}; may be null
     */
    public static Status fromWireName(@Nullable String wireName) {
      if (wireName == null) return UNKNOWN;
      String upper = wireName.toUpperCase(Locale.ROOT);
      for (Status s : values()) {
        if (s != UNKNOWN && s.name().equals(upper)) return s;
      }
      return UNKNOWN;
    }
  }

  private final String sessionId;
  private final String orderId;
  private final String url;
  private final Status status;
  private final List<CheckoutMethod> methods;
  private final Instant expiresAt;
  private final @Nullable String method;
  private final @Nullable String failureReason;

  /**
   * Creates a page.
   *
   * @param sessionId the session id; the return URL carries it back
   * @param orderId the recharge order this page pays for
   * @param url the page to open in a browser (a Custom Tab on Android, the desktop browser on the
   *     JVM)
   * @param status the session's state when it was read
   * @param methods the methods offered for the order's region, in the page's order
   * @param expiresAt when the page stops accepting payments
   * @param method the method the user paid or tried with, or null while open
   * @param failureReason the decline reason of a {@link Status#DECLINED} session, else null
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if an id or the URL is blank
   */
  public CheckoutPage(String sessionId, String orderId, String url, Status status, List<CheckoutMethod> methods,
      Instant expiresAt, @Nullable String method, @Nullable String failureReason) {
    this.sessionId = Strings.requireNonBlank(sessionId, "sessionId");
    this.orderId = Strings.requireNonBlank(orderId, "orderId");
    this.url = Strings.requireNonBlank(url, "url");
    this.status = Objects.requireNonNull(status, "status == null");
    List<CheckoutMethod> copy = new ArrayList<>(Objects.requireNonNull(methods, "methods == null"));
    for (CheckoutMethod m : copy) Objects.requireNonNull(m, "methods contains null");
    this.methods = Collections.unmodifiableList(copy);
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt == null");
    this.method = method;
    this.failureReason = failureReason;
  }

  /** {@return the session id; the return URL carries it back} */
  public String sessionId() {
    return sessionId;
  }

  /** {@return the recharge order this page pays for} */
  public String orderId() {
    return orderId;
  }

  /**
   * {@return the page to open in a browser (a Custom Tab on Android, the desktop browser on the
   * JVM)}
   */
  public String url() {
    return url;
  }

  /** {@return the session's state when it was read} */
  public Status status() {
    return status;
  }

  /** {@return the methods offered for the order's region, in the page's order} */
  public List<CheckoutMethod> methods() {
    return methods;
  }

  /** {@return when the page stops accepting payments} */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** {@return the method the user paid or tried with, or null while open} */
  public @Nullable String method() {
    return method;
  }

  /** {@return the decline reason of a {@link Status#DECLINED} session, else null} */
  public @Nullable String failureReason() {
    return failureReason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof CheckoutPage)) return false;
    CheckoutPage that = (CheckoutPage) o;
    return sessionId.equals(that.sessionId) && orderId.equals(that.orderId) && url.equals(that.url)
        && status == that.status && methods.equals(that.methods) && expiresAt.equals(that.expiresAt)
        && Objects.equals(method, that.method) && Objects.equals(failureReason, that.failureReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sessionId, orderId, url, status, methods, expiresAt, method, failureReason);
  }

  /** Leaves out the URL. */
  @Override
  public String toString() {
    // The URL is left out: a hosted page's URL may work as a bearer link to the session.
    return "CheckoutPage{session=" + sessionId + ", order=" + orderId + ", status=" + status
        + ", methods=" + methods.size() + ", expiresAt=" + expiresAt + '}';
  }
}
