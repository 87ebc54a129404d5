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

    NetworkException e = TransportFailures.of(bug, POST, false);

    assertThat(e.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getCause()).isSameAs(bug);
    assertThat(e.getMessage()).startsWith("network: transport failed: IllegalArgumentException");
  }

  @Test
  void aRuntimeExceptionFromARead() {
    NetworkException e = TransportFailures.of(new IllegalStateException("closed"), GET, false);

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void androidsMainThreadRefusalSentNothingAndSaysWhatToDo() {
    NetworkException e = TransportFailures.of(new NetworkOnMainThreadException(), POST, false);

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage()).contains("main thread").contains("enqueue(callback)");
  }

  @Test
  void aMissingInternetPermissionSentNothing() {
    NetworkException e = TransportFailures.of(new SecurityException("Permission denied"), POST, false);

    assertThat(e.effect()).isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void anEarlierAmbiguousAttemptKeepsAWriteUnknown() {
    assertThat(TransportFailures.of(new ConnectException("refused"), POST, true).effect())
        .isEqualTo(Effect.UNKNOWN);
    assertThat(TransportFailures.of(new NetworkOnMainThreadException(), POST, true).effect())
        .isEqualTo(Effect.UNKNOWN);
    assertThat(TransportFailures.of(new ConnectException("refused"), GET, true).effect())
        .isEqualTo(Effect.NOT_APPLIED);
  }

  @Test
  void ioFailuresBeforeAndAfterSending() {
    NetworkException refused = TransportFailures.of(new ConnectException("refused"), POST, false);
    assertThat(refused.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(refused.isRetryable()).isTrue();

    assertThat(TransportFailures.of(new UnknownHostException("x"), POST, false).effect())
        .isEqualTo(Effect.NOT_APPLIED);

    NetworkException timeout = TransportFailures.of(new SocketTimeoutException("read timed out"), POST, false);
    assertThat(timeout.effect()).isEqualTo(Effect.UNKNOWN);
    assertThat(timeout.isRetryable()).isTrue();
    assertThat(timeout.getMessage()).contains("timed out or interrupted");

    NetworkException tls = TransportFailures.of(new SSLHandshakeException("untrusted"), POST, false);
    assertThat(tls.effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(tls.isRetryable()).isFalse();

    assertThat(TransportFailures.of(new IOException("reset"), POST, false).effect()).isEqualTo(Effect.UNKNOWN);
  }

  @Test
  void theFailureTextIsRedacted() {
    NetworkException e =
        TransportFailures.of(new IllegalArgumentException("bad header Authorization: Bearer s3cr3t-t0ken"), POST, false);

    assertThat(e.getMessage()).doesNotContain("s3cr3t-t0ken");
  }
}
