package io.livecoins.internal.http;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.AuthenticationException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.Strings;
import org.jspecify.annotations.Nullable;

/**
 * Pipeline stage 1: the bearer token of one call (or one feed connection) and the single refresh a
 * 401 earns. A token provider that throws or returns an unusable token is an {@link
 * AuthenticationException} before anything is sent. Not thread-safe: one per call. Not API.
 */
public final class AuthStage {
  private final AuthTokenProvider auth;
  private @Nullable String token;
  private boolean refreshed;

  AuthStage(AuthTokenProvider auth) {
    this.auth = auth;
  }

  /** The token to send, read from the provider on first use. */
  public String token() {
    String current = token;
    if (current != null) return current;
    try {
      current = requireToken(auth.token());
    } catch (RuntimeException e) {
      throw new AuthenticationException(
          ErrorContext.of("AuthTokenProvider.token() failed: " + e, Effect.NOT_APPLIED), e);
    }
    token = current;
    return current;
  }

  /**
   * Called on a 401: refreshes the token once and returns true (the request is re-sent, which is
   * not a retry), or returns false if it was refreshed already.
   */
  public boolean refreshOnce(Effect effectSoFar) {
    if (refreshed) return false;
    refreshed = true;
    String rejected = token();
    try {
      token = requireToken(auth.refresh(rejected));
    } catch (RuntimeException e) {
      // A provider may quote the token it was handed: mask it in the message and the cause.
      throw new AuthenticationException(
          ErrorContext.of("AuthTokenProvider.refresh() failed: " + Redactor.without(e.toString(), rejected),
              effectSoFar),
          Redactor.without(e, rejected));
    }
    return true;
  }

  /** Allows another refresh (a feed whose connection opened may be rejected again much later). */
  public void resetRefresh() {
    refreshed = false;
    token = null;
  }

  private static String requireToken(@Nullable String token) {
    if (token == null || Strings.isBlank(token)) throw new IllegalStateException("blank token");
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) throw new IllegalStateException("token has illegal characters");
    }
    return token;
  }
}
