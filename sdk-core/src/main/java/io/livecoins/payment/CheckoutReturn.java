package io.livecoins.payment;

import io.livecoins.internal.Strings;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user came back from a hosted checkout page: the return URL the page redirected to (an app deep
 * link, a loopback redirect), or "the page was closed" when the browser went away without one (the
 * user closed the Custom Tab). Hand it to {@link HostedCheckoutProvider#deliver(CheckoutReturn)}.
 *
 * <p>A return is a hint, not a result: the provider always asks the backend for the session's state,
 * so a forged or stale return URL cannot credit anything, and a lost one only delays the answer. Immutable.
 */
public final class CheckoutReturn {
  private final @Nullable String sessionId;
  private final @Nullable String result;

  private CheckoutReturn(@Nullable String sessionId, @Nullable String result) {
    this.sessionId = sessionId;
    this.result = result;
  }

  /**
   * Parses a return URL such as {@code
   * myapp://livecoins/checkout-return?session=cs_1&result=paid}.
   *
   * @param url the URL the app was opened with
   * @return the parsed return
   * @throws IllegalArgumentException if the URL carries no {@code session} parameter
   */
  public static CheckoutReturn fromUrl(String url) {
    Objects.requireNonNull(url, "url == null");
    int q = url.indexOf('?');
    String sessionId = null;
    String result = null;
    if (q >= 0) {
      String query = url.substring(q + 1);
      int hash = query.indexOf('#');
      if (hash >= 0) query = query.substring(0, hash);
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) continue;
        String name = decode(pair.substring(0, eq));
        String value = decode(pair.substring(eq + 1));
        if (name.equals("session")) sessionId = value;
        if (name.equals("result")) result = value;
      }
    }
    if (sessionId == null || Strings.isBlank(sessionId) || sessionId.length() > 256) {
      throw new IllegalArgumentException("not a checkout return URL (no session parameter)");
    }
    return new CheckoutReturn(sessionId, result);
  }

  /** {@return the user left the page without a return URL (closed the tab or the browser)} */
  public static CheckoutReturn closed() {
    return new CheckoutReturn(null, "closed");
  }

  /**
   * {@return the session the return is for, or null for {@link #closed()} (then it applies to any
   * open page)}
   */
  public @Nullable String sessionId() {
    return sessionId;
  }

  /**
   * {@return what the page said ({@code paid}, {@code declined}, {@code pending}, {@code
   * cancelled}, {@code closed}); a hint only}
   */
  public @Nullable String result() {
    return result;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, "UTF-8");
    } catch (UnsupportedEncodingException | IllegalArgumentException e) {
      return s;
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof CheckoutReturn)) return false;
    CheckoutReturn that = (CheckoutReturn) o;
    return Objects.equals(sessionId, that.sessionId) && Objects.equals(result, that.result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sessionId, result);
  }

  @Override
  public String toString() {
    return "CheckoutReturn{session=" + sessionId + ", result=" + result + '}';
  }
}
