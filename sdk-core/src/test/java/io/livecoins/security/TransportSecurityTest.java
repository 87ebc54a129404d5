package io.livecoins.security;

import static io.livecoins.test.MockServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.AuthTokenProvider;
import io.livecoins.errors.Effect;
import io.livecoins.LiveCoins;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.NetworkException;
import io.livecoins.RetryPolicy;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.transport.OkHttpTransport;
import io.livecoins.wallet.PayoutMethod;
import io.livecoins.wallet.Wallet;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TLS and the base URL: cleartext only to loopback or a declared sandbox; certificate pinning on the
 * host's {@link OkHttpClient} against a TLS {@link MockWebServer} (right pin passes, a wrong pin or
 * an untrusted certificate fails as a typed {@link NetworkException} that charged nothing, before
 * any request left); redirects are never followed, so a token never travels to another URL.
 */
final class TransportSecurityTest {
  private static final String WALLET = "{\"userId\":\"bob\",\"coins\":5,\"diamonds\":0,\"version\":1}";

  private static final HeldCertificate ROOT =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("LiveCoins Test Root").build();
  private static final HeldCertificate SERVER =
      new HeldCertificate.Builder()
          .addSubjectAlternativeName("127.0.0.1")
          .addSubjectAlternativeName("localhost")
          .commonName("api.livecoins.test")
          .signedBy(ROOT)
          .build();
  private static final HeldCertificate IMPOSTOR_ROOT =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("Someone Else's Root").build();

  private final MockWebServer server = new MockWebServer();
  private final MockWebServer elsewhere = MockServers.startLoopback();

  @AfterEach
  void tearDown() {
    server.close();
    elsewhere.close();
  }

  // ------------------------------------------------------------------------------- base URLs

  @ParameterizedTest
  @ValueSource(strings = {
    "http://api.example.com/",
    "HTTP://api.example.com/",
    "http://10.0.2.2:8080/",
    "http://192.168.1.20/",
    "http://127.0.0.1.nip.io/",
    "http://localhost.evil.example/",
    "http://127.0.0.1@evil.example/",
  })
  void cleartextToAnyHostButLoopbackIsRefused(String url) {
    Throwable thrown = catchThrowable(() -> builder(url).build());

    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/", "http://localhost:8080/", "http://[::1]:8080/", "https://api.example.com/"})
  void httpsAndLoopbackAreAccepted(String url) {
    assertThat(builder(url).build().baseUrl()).isEqualTo(url);
  }

  @Test
  void anExplicitSandboxMayUseCleartext() {
    LiveCoins client = builder("http://10.0.2.2:8080/").sandbox(true).build();

    assertThat(client.isSandbox()).isTrue();
  }

  // ------------------------------------------------------------------------------- pinning

  @Test
  void theRightPinConnects() throws Exception {
    startTls();
    server.enqueue(json(200, WALLET));

    Wallet wallet = client(pinnedTo(SERVER)).wallet().balance().execute();

    assertThat(wallet.coins()).isEqualTo(5);
    assertThat(server.takeRequest().getHandshake()).isNotNull();
  }

  @Test
  void aWrongPinFailsTypedBeforeAnythingIsSentAndChargesNothing() throws Exception {
    startTls();
    server.enqueue(json(201, "{}"));

    Throwable thrown = catchThrowable(
        () -> client(pinnedTo(IMPOSTOR_ROOT)).wallet().withdraw(2000, PayoutMethod.BANK).execute());

    assertThat(thrown).isInstanceOf(NetworkException.class);
    LiveCoinsException e = (LiveCoinsException) thrown;
    assertThat(e.effect()).as("a pin failure happens before the request is written").isEqualTo(Effect.NOT_APPLIED);
    assertThat(e.getCause()).isInstanceOf(javax.net.ssl.SSLPeerUnverifiedException.class);
    assertThat(e.getMessage()).contains("SSLPeerUnverifiedException");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anUntrustedCertificateFailsTypedAndChargesNothing() throws Exception {
    startTls();
    server.enqueue(json(201, "{}"));
    HandshakeCertificates trustsOthers =
        new HandshakeCertificates.Builder().addTrustedCertificate(IMPOSTOR_ROOT.certificate()).build();
    OkHttpClient host =
        new OkHttpClient.Builder().sslSocketFactory(trustsOthers.sslSocketFactory(), trustsOthers.trustManager()).build();

    Throwable thrown = catchThrowable(
        () -> client(host).wallet().withdraw(2000, PayoutMethod.BANK).execute());

    assertThat(thrown).isInstanceOf(NetworkException.class);
    assertThat(((LiveCoinsException) thrown).effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(thrown.getCause()).isInstanceOf(SSLException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  // ------------------------------------------------------------------------------- redirects

  @Test
  void aRedirectIsNeverFollowedSoNoBodyOrTokenTravelsElsewhere() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    server.enqueue(
        new MockResponse.Builder()
            .code(307)
            .setHeader("Location", elsewhere.url("/v1/creator/withdrawals").toString())
            .build());
    LiveCoins client =
        LiveCoins.builder()
            .baseUrl(server.url("/").toString())
            .authTokenProvider(AuthTokenProvider.of("bob", "bearer-secret"))
            .retryPolicy(RetryPolicy.none())
            .sleeper(new RecordingSleeper())
            .build();

    Throwable thrown = catchThrowable(() -> client.wallet().withdraw(2000, PayoutMethod.BANK).execute());

    assertThat(thrown).isInstanceOf(LiveCoinsException.class);
    assertThat(((LiveCoinsException) thrown).httpStatus()).isEqualTo(307);
    assertThat(elsewhere.takeRequest(200, TimeUnit.MILLISECONDS)).as("request at the redirect target").isNull();
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  // ------------------------------------------------------------------------------- helpers

  private void startTls() throws Exception {
    HandshakeCertificates serverCertificates =
        new HandshakeCertificates.Builder().heldCertificate(SERVER, ROOT.certificate()).build();
    server.useHttps(serverCertificates.sslSocketFactory());
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The host app's client: trusts the test root (as a device trusts public CAs) and pins. */
  private static OkHttpClient pinnedTo(HeldCertificate pinned) {
    HandshakeCertificates clientCertificates =
        new HandshakeCertificates.Builder().addTrustedCertificate(ROOT.certificate()).build();
    return new OkHttpClient.Builder()
        .sslSocketFactory(clientCertificates.sslSocketFactory(), clientCertificates.trustManager())
        .certificatePinner(
            new CertificatePinner.Builder().add("127.0.0.1", CertificatePinner.pin(pinned.certificate())).build())
        .build();
  }

  private LiveCoins client(OkHttpClient host) {
    return LiveCoins.builder()
        .baseUrl("https://127.0.0.1:" + server.getPort() + "/")
        .authTokenProvider(AuthTokenProvider.of("bob", "bearer-secret"))
        .transport(OkHttpTransport.create(host))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(false).build())
        .sleeper(new RecordingSleeper())
        .build();
  }

  private static LiveCoins.Builder builder(String url) {
    return LiveCoins.builder().baseUrl(url).authTokenProvider(AuthTokenProvider.of("bob", "t"));
  }
}
