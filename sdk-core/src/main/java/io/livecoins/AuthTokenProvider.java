package io.livecoins;

import io.livecoins.internal.Strings;
import java.util.Objects;

/**
 * Supplies the host app's bearer token for the signed-in user.
 *
 * <p>Called on the thread that runs a request (never the callback executor), possibly
 * concurrently; implementations must be thread-safe and may block briefly. The SDK never logs or
 * persists the token.
 *
 * <pre>{@code
 * AuthTokenProvider tokens = new AuthTokenProvider() {
 *   public String token() { return session.accessToken(); }
 *   public String refresh(String rejected) { return session.refreshAccessToken(); }
 * };
 * }</pre>
 */
public interface AuthTokenProvider {
  /** Returns the current bearer token (without the {@code "Bearer "} prefix). */
  String token();

  /**
   * Called once when the server answered 401 to a request made with {@code rejectedToken}; returns
   * a fresh token to retry with. The default returns {@link #token()} again, which helps when the
   * host refreshed the session concurrently. Throwing fails the call with {@link
   * AuthenticationException}.
   */
  default String refresh(String rejectedToken) {
    return token();
  }

  /** Returns a provider for a fixed token, for tests, samples and short-lived tools. */
  static AuthTokenProvider of(String token) {
    Objects.requireNonNull(token, "token == null");
    if (Strings.isBlank(token)) throw new IllegalArgumentException("token is blank");
    return new AuthTokenProvider() {
      @Override
      public String token() {
        return token;
      }

      @Override
      public String toString() {
        return "AuthTokenProvider(fixed, ██)";
      }
    };
  }
}
