package io.livecoins;

import io.livecoins.errors.AuthenticationException;

import io.livecoins.internal.Strings;
import java.util.Objects;

/**
 * Names the signed-in user and supplies the host app's bearer token for them.
 *
 * <p>Called on the thread that runs a request (never the callback executor), possibly
 * concurrently; implementations must be thread-safe and may block briefly. The SDK never logs or
 * persists the token.
 *
 * <pre>{@code
 * AuthTokenProvider tokens = new AuthTokenProvider() {
 *   public String userId() { return session.userId(); }
 *   public String token() { return session.accessToken(); }
 *   public String refresh(String rejected) { return session.refreshAccessToken(); }
 * };
 * }</pre>
 */
public interface AuthTokenProvider {
  /**
   * {@return the id of the signed-in user, as the backend names them (the {@code userId} of their
   * wallet)}
   *
   * <p>The client serves this one user: an answer carrying another user's wallet is refused, and
   * the purchases it records or resumes are this user's. It must not change while the client is
   * in use; after a sign-out or an account switch, build a new client (see {@code
   * LiveCoins#newBuilder()}).
   */
  String userId();

  /** {@return the current bearer token (without the {@code "Bearer "} prefix)} */
  String token();

  /**
   * Called once when the server answered 401 to a request made with {@code rejectedToken};
   * returns a fresh token to retry with. The default returns {@link #token()} again, which helps
   * when the host refreshed the session concurrently. Throwing fails the call with {@link
   * AuthenticationException}.
   *
   * @param rejectedToken the token the server refused with 401
   * @return a fresh token to retry with once, or null to give up (the call then fails with an
   *     authentication error)
   */
  default String refresh(String rejectedToken) {
    return token();
  }

  /**
   * {@return a provider for a fixed user and token, for tests, samples and short-lived tools}
   *
   * @param userId the signed-in user's id, as the backend names them; not blank
   * @param token the bearer token (without the {@code "Bearer "} prefix); not blank
   * @throws IllegalArgumentException if either is blank
   */
  static AuthTokenProvider of(String userId, String token) {
    Strings.requireNonBlank(userId, "userId");
    Objects.requireNonNull(token, "token == null");
    if (Strings.isBlank(token)) throw new IllegalArgumentException("token is blank");
    return new AuthTokenProvider() {
      @Override
      public String userId() {
        return userId;
      }

      @Override
      public String token() {
        return token;
      }

      @Override
      public String toString() {
        return "AuthTokenProvider(user " + userId + ", fixed token ██)";
      }
    };
  }
}
