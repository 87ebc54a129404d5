package io.livecoins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import android.os.NetworkOnMainThreadException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.NetworkException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Whatever a transport throws becomes a typed NetworkException with an honest effect. */
final class TransportFailuresTest {
  private static final boolean POST = true;
  private static final boolean GET = false;

  @Test
  void aRuntimeExceptionFromAWriteIsTypedWithEffectUnknownAndNotRetried() {
    IllegalArgumentException bug = new IllegalArgumentException("Unexpected char 0x0a in header value");

    NetworkException e = TransportFailures.of(bug, POST, false, null);

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getCause()).isSameAs(bug);
    assertThat(e.getMessage()).startsWith("network: transport failed: IllegalArgumentException");
  }

  @Test
  void aRuntimeExceptionFromARead() {
    NetworkException e = TransportFailures.of(new IllegalStateException("closed"), GET, false, null);

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void androidsMainThreadRefusalSentNothingAndSaysWhatToDo() {
    NetworkException e = TransportFailures.of(new NetworkOnMainThreadException(), POST, false, null);

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage()).contains("main thread").contains("enqueue(callback)");
  }

  @Test
  void aMissingInternetPermissionSentNothing() {
    NetworkException e = TransportFailures.of(new SecurityException("Permission denied"), POST, false, null);

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void anEarlierAmbiguousAttemptKeepsAWriteUnknown() {
    assertThat(TransportFailures.of(new ConnectException("refused"), POST, true, null).effect())
        .isEqualTo(Effect.UNKNOWN);
    assertThat(TransportFailures.of(new NetworkOnMainThreadException(), POST, true, null).effect())
        .isEqualTo(Effect.UNKNOWN);
    assertThat(TransportFailures.of(new ConnectException("refused"), GET, true, null).effect())
        .isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void ioFailuresBeforeAndAfterSending() {
    NetworkException refused = TransportFailures.of(new ConnectException("refused"), POST, false, null);
    assertThat(refused.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(refused.isRetryable()).isTrue();

    assertThat(TransportFailures.of(new UnknownHostException("x"), POST, false, null).effect())
        .isEqualTo(Effect.NOT_APPLIED);

    NetworkException timeout = TransportFailures.of(new SocketTimeoutException("read timed out"), POST, false, null);
    assertThat(timeout.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(timeout.isRetryable()).isTrue();
    assertThat(timeout.getMessage()).contains("timed out or interrupted");

    NetworkException tls = TransportFailures.of(new SSLHandshakeException("untrusted"), POST, false, null);
    assertThat(tls.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(tls.isRetryable()).isFalse();

    assertThat(TransportFailures.of(new IOException("reset"), POST, false, null).effect()).isEqualTo(Effect.UNKNOWN);
  }

  @Test
  void theFailureTextIsRedacted() {
    NetworkException e =
        TransportFailures.of(new IllegalArgumentException("bad header Authorization: Bearer s3cr3t-t0ken"), POST, false, null);

    assertThat(e.getMessage()).doesNotContain("s3cr3t-t0ken");
  }

  @Test
  void theSentTokenQuotedByAFailureIsMaskedAndTheFailureKeepsItsKind() {
    String token = "plain-session-token-of-alice";

    NetworkException io = TransportFailures.of(
        new java.net.ProtocolException("Unexpected status line: HTTP/1.1 2x0 " + token), POST, false, token);
    NetworkException tls = TransportFailures.of(
        new SSLHandshakeException("peer said " + token), POST, false, token);

    assertThat(io.getMessage()).doesNotContain(token).contains("Unexpected status line");
    assertThat(String.valueOf(io.getCause())).doesNotContain(token).contains("ProtocolException");
    assertThat(io.isRetryable()).isTrue();
    assertThat(io.isTlsRefusal()).isFalse();
    assertThat(String.valueOf(tls.getCause())).doesNotContain(token);
    assertThat(tls.isTlsRefusal()).isTrue();
    assertThat(tls.isRetryable()).isFalse();
  }
}
