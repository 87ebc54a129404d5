package io.livecoins.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import io.livecoins.testing.internal.NoDelayServerSocketFactory;
import io.livecoins.gift.Gift;
import io.livecoins.transport.OkHttpTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;

/**
 * What the benchmarks share: canned responses on a loopback MockWebServer, and the three ways to make
 * the same request (the SDK, raw OkHttp + Moshi, Retrofit + Moshi). Every client sends the same headers
 * the SDK sends (Authorization, Accept, User-Agent, and an Idempotency-Key on POSTs) and decodes the
 * whole body into objects.
 */
public final class Fixtures {
  private Fixtures() {}

  public static final String TOKEN = "bench-token";
  public static final String USER = "bench";
  public static final String SENDER = "bench";
  public static final String USER_AGENT = "livecoins-bench/1";
  public static final Gift ROSE = Gift.builder("rose", "Rose", 1).build();
  public static final String RECIPIENT = "carol";
  public static final String STREAM = "stream-carol";

  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  // ---------------------------------------------------------------- canned responses

  /** {@code GET /v1/wallet}: 64 bytes. */
  public static final String WALLET_JSON =
      "{\"userId\":\"bench\",\"coins\":1000000,\"diamonds\":0,\"version\":42}";

  /** {@code POST /v1/gifts/send}: the receipt and the wallet. */
  public static final String SEND_JSON =
      "{\"gift\":{\"id\":\"gr_0123456789abcdef\",\"giftId\":\"rose\",\"recipientId\":\"carol\","
          + "\"streamId\":\"stream-carol\",\"quantity\":1,\"coinCost\":1,\"coins\":1,"
          + "\"createdAt\":\"2026-11-25T10:00:00Z\"},"
          + "\"wallet\":{\"userId\":\"bench\",\"coins\":999999,\"diamonds\":0,\"version\":43}}";

  /**
   * stripe-java's {@code GET /v1/balance}, trimmed to a size like the wallet's (a real one lists
   * more currencies and source types).
   */
  public static final String STRIPE_BALANCE_JSON =
      "{\"object\":\"balance\",\"available\":[{\"amount\":1000000,\"currency\":\"usd\"}],"
          + "\"livemode\":false,\"pending\":[]}";

  /** Answers the SDK's, the baselines' and stripe-java's requests with canned JSON. */
  public static final class CannedDispatcher extends Dispatcher {
    private final MockResponse wallet = json(WALLET_JSON);
    private final MockResponse send = json(SEND_JSON);
    private final MockResponse stripeBalance = json(STRIPE_BALANCE_JSON);

    private static MockResponse json(String body) {
      return new MockResponse.Builder()
          .code(200)
          .setHeader("Content-Type", "application/json")
          .setHeader("Request-Id", "req_0123456789abcdef")
          .body(body)
          .build();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      String method = request.getMethod();
      if (method.equals("GET") && path.equals("/v1/wallet")) return wallet;
      if (method.equals("POST") && path.equals("/v1/gifts/send")) return send;
      if (method.equals("GET") && path.equals("/v1/balance")) return stripeBalance;
      return new MockResponse.Builder().code(404).body("{}").build();
    }
  }

  /** A started MockWebServer on 127.0.0.1 (TCP_NODELAY) answering with {@link CannedDispatcher}. */
  public static MockWebServer cannedServer() {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new CannedDispatcher());
    // Without TCP_NODELAY every kept-alive exchange waits ~40 ms for a delayed ACK (see the factory).
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // MockWebServer keeps every request for takeRequest(), even with a dispatcher: drain them, or a long
    // run fills the heap.
    Thread drain = new Thread(() -> {
      try {
        while (true) server.takeRequest();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "canned-server-drain");
    drain.setDaemon(true);
    drain.start();
    return server;
  }

  // ---------------------------------------------------------------- clients

  /** An OkHttp client with the SDK's default timeouts, counting connections with {@code listener}. */
  public static OkHttpClient okHttp(EventListener listener) {
    return new OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .writeTimeout(30, TimeUnit.SECONDS)
        .eventListener(listener)
        .build();
  }

  /** An OkHttp client with the SDK's default timeouts. */
  public static OkHttpClient okHttp() {
    return okHttp(EventListener.NONE);
  }

  /**
   * An SDK client for {@code baseUrl} on its own OkHttp client. No retries, so a failure shows at
   * once instead of hiding in the numbers (on a healthy loopback server the retry loop runs once
   * either way).
   */
  public static LiveCoins sdk(HttpUrl baseUrl, OkHttpClient okHttp) {
    return LiveCoins.builder()
        .baseUrl(baseUrl.toString())
        .authTokenProvider(AuthTokenProvider.of(USER, TOKEN))
        .transport(OkHttpTransport.create(okHttp))
        .retryPolicy(RetryPolicy.none())
        .comboWindow(Duration.ofMillis(300))
        .build();
  }

  /** An SDK client with its own default transport. */
  public static LiveCoins sdk(HttpUrl baseUrl) {
    return LiveCoins.builder()
        .baseUrl(baseUrl.toString())
        .authTokenProvider(AuthTokenProvider.of(USER, TOKEN))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  // ---------------------------------------------------------------- raw OkHttp + Moshi (the floor)

  /** The wallet as a hand-written client decodes it. */
  public static final class WalletJson {
    public String userId;
    public Long coins;
    public Long diamonds;
    public Long version;
  }

  /** The gift receipt as a hand-written client decodes it. */
  public static final class GiftReceiptJson {
    public String id;
    public String giftId;
    public String recipientId;
    public String streamId;
    public Integer quantity;
    public Long coinCost;
    public Long coins;
    public String createdAt;
  }

  /** The send answer as a hand-written client decodes it. */
  public static final class SendGiftResponseJson {
    public GiftReceiptJson gift;
    public WalletJson wallet;
  }

  /** The send request as a hand-written client encodes it. */
  public static final class SendGiftRequestJson {
    public String giftId;
    public String recipientId;
    public String streamId;
    public Integer quantity;
    public Long expectedCoinCost;

    public static SendGiftRequestJson rose(String recipientId, String streamId) {
      SendGiftRequestJson r = new SendGiftRequestJson();
      r.giftId = ROSE.id();
      r.recipientId = recipientId;
      r.streamId = streamId;
      r.quantity = 1;
      r.expectedCoinCost = ROSE.coinCost();
      return r;
    }
  }

  /** The least a hand-written client does: OkHttp for the exchange, Moshi for the bodies. */
  public static final class RawClient {
    private final OkHttpClient client;
    private final String bearer;
    private final HttpUrl walletUrl;
    private final HttpUrl sendUrl;
    private final JsonAdapter<WalletJson> walletAdapter;
    private final JsonAdapter<SendGiftRequestJson> sendRequestAdapter;
    private final JsonAdapter<SendGiftResponseJson> sendResponseAdapter;

    public RawClient(OkHttpClient client, HttpUrl baseUrl, String token) {
      this.client = client;
      this.bearer = "Bearer " + token;
      this.walletUrl = baseUrl.resolve("/v1/wallet");
      this.sendUrl = baseUrl.resolve("/v1/gifts/send");
      Moshi moshi = new Moshi.Builder().build();
      this.walletAdapter = moshi.adapter(WalletJson.class);
      this.sendRequestAdapter = moshi.adapter(SendGiftRequestJson.class);
      this.sendResponseAdapter = moshi.adapter(SendGiftResponseJson.class);
    }

    public OkHttpClient okHttp() {
      return client;
    }

    public WalletJson balance() throws IOException {
      Request request = new Request.Builder()
          .url(walletUrl)
          .header("Authorization", bearer)
          .header("Accept", "application/json")
          .header("User-Agent", USER_AGENT)
          .build();
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful()) throw new IOException("HTTP " + response.code());
        return walletAdapter.fromJson(response.body().source());
      }
    }

    public SendGiftResponseJson send(SendGiftRequestJson body) throws IOException {
      Request request = new Request.Builder()
          .url(sendUrl)
          .header("Authorization", bearer)
          .header("Accept", "application/json")
          .header("User-Agent", USER_AGENT)
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .post(RequestBody.create(sendRequestAdapter.toJson(body), JSON))
          .build();
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful()) throw new IOException("HTTP " + response.code());
        return sendResponseAdapter.fromJson(response.body().source());
      }
    }
  }

  // ---------------------------------------------------------------- Retrofit + Moshi

  /** The API as an integrator would declare it for Retrofit. */
  public interface LiveCoinsService {
    @GET("v1/wallet")
    retrofit2.Call<WalletJson> wallet();

    @POST("v1/gifts/send")
    retrofit2.Call<SendGiftResponseJson> send(
        @Header("Idempotency-Key") String idempotencyKey, @Body SendGiftRequestJson body);
  }

  /** A Retrofit service whose OkHttp client adds the auth, accept and user-agent headers. */
  public static LiveCoinsService retrofit(OkHttpClient base, HttpUrl baseUrl, String token) {
    String bearer = "Bearer " + token;
    OkHttpClient client = base.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", bearer)
            .header("Accept", "application/json")
            .header("User-Agent", USER_AGENT)
            .build()))
        .build();
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(LiveCoinsService.class);
  }

  /** Executes a Retrofit call, failing on a non-2xx answer like the other clients. */
  public static <T> T execute(retrofit2.Call<T> call) throws IOException {
    retrofit2.Response<T> response = call.execute();
    if (!response.isSuccessful()) throw new IOException("HTTP " + response.code());
    return response.body();
  }
}
