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

  private CheckoutPage(Builder b) {
    this.sessionId = Strings.requireNonBlank(b.sessionId, "sessionId");
    this.orderId = Strings.requireNonBlank(b.orderId, "orderId");
    this.url = Strings.requireNonBlank(b.url, "url");
    this.status = Objects.requireNonNull(b.status, "status == null");
    List<CheckoutMethod> copy = new ArrayList<>(Objects.requireNonNull(b.methods, "methods == null"));
    for (CheckoutMethod m : copy) Objects.requireNonNull(m, "methods contains null");
    this.methods = Collections.unmodifiableList(copy);
    this.expiresAt = Objects.requireNonNull(b.expiresAt, "expiresAt == null");
    this.method = b.method;
    this.failureReason = b.failureReason;
  }

  /**
   * Starts a page. The SDK builds pages from the backend's checkout session; build one yourself to
   * test a {@link CheckoutLauncher}.
   *
   * <pre>{@code
   * CheckoutPage page = CheckoutPage.builder().sessionId("cs_1").orderId("ord_1")
   *     .url("https://pay.example/cs_1").status(CheckoutPage.Status.OPEN)
   *     .methods(List.of(card)).expiresAt(now.plusSeconds(900)).build();
   * }</pre>
   *
   * @return a new builder; every field but {@link Builder#method(String) method} and {@link
   *     Builder#failureReason(String) failureReason} (both null by default) must be set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this page's values, to derive a changed copy (such as the same session
   * in a later status).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sessionId = sessionId;
    b.orderId = orderId;
    b.url = url;
    b.status = status;
    b.methods = methods;
    b.expiresAt = expiresAt;
    b.method = method;
    b.failureReason = failureReason;
    return b;
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

  /** Builds a {@link CheckoutPage}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String sessionId;
    private @Nullable String orderId;
    private @Nullable String url;
    private @Nullable Status status;
    private @Nullable List<CheckoutMethod> methods;
    private @Nullable Instant expiresAt;
    private @Nullable String method;
    private @Nullable String failureReason;

    private Builder() {}

    /**
     * Sets the session id.
     *
     * @param sessionId the backend's checkout session id, which the return URL carries back; not
     *     blank
     * @return this builder
     */
    public Builder sessionId(String sessionId) {
      this.sessionId = sessionId;
      return this;
    }

    /**
     * Sets the order.
     *
     * @param orderId the recharge order the page pays for; not blank
     * @return this builder
     */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * Sets the page's address.
     *
     * @param url the page to open in a browser; not blank. It may work as a bearer link to the
     *     session, so the page's {@link CheckoutPage#toString() toString()} leaves it out
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the session's state.
     *
     * @param status the state when the session was read; not null
     * @return this builder
     */
    public Builder status(Status status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the payment methods offered.
     *
     * @param methods the methods offered for the order's region, in the page's order; not null,
     *     no null items, may be empty. {@link #build()} copies the list
     * @return this builder
     */
    public Builder methods(List<CheckoutMethod> methods) {
      this.methods = methods;
      return this;
    }

    /**
     * Sets the expiry.
     *
     * @param expiresAt when the page stops accepting payments; not null
     * @return this builder
     */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Sets the method used.
     *
     * @param method the id of the method the user paid or tried with, or null (the default) while
     *     the page is open
     * @return this builder
     */
    public Builder method(@Nullable String method) {
      this.method = method;
      return this;
    }

    /**
     * Sets the decline reason.
     *
     * @param failureReason the decline reason of a {@link Status#DECLINED} session, or null (the
     *     default)
     * @return this builder
     */
    public Builder failureReason(@Nullable String failureReason) {
      this.failureReason = failureReason;
      return this;
    }

    /**
     * Builds the page.
     *
     * @return the page
     * @throws NullPointerException if a required field was not set, or a method is null
     * @throws IllegalArgumentException if an id or the URL is blank
     */
    public CheckoutPage build() {
      return new CheckoutPage(this);
    }
  }
}
