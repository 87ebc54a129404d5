package io.livecoins.gift;

import io.livecoins.TestClock;
import static io.livecoins.gift.AssetFixtures.asset;
import static io.livecoins.gift.AssetFixtures.assets;
import static io.livecoins.gift.AssetFixtures.content;
import static io.livecoins.gift.AssetFixtures.parts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.livecoins.Call;
import io.livecoins.Callback;
import io.livecoins.LiveCoins;
import io.livecoins.errors.CallCancelledException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.InvalidRequestException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testlog.CapturedLogs;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.Transport;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gift asset cache against MockWebServer on 127.0.0.1: verified downloads, checksum and size
 * enforcement, the byte cap with LRU eviction, URL and token rules, retries through the client's
 * policy, one download per asset for concurrent callers and instances, and clean-up of dead parts.
 */
final class GiftAssetCacheTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TestClock clock = new TestClock();
  private final List<LiveCoins> clients = new ArrayList<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @TempDir Path tmp;

  @AfterEach
  void tearDown() {
    threads.shutdownNow();
    for (LiveCoins client : clients) client.close();
    server.close();
  }

  private LiveCoins client() {
    return client(AssetFixtures.client(server.url("/").toString()));
  }

  private LiveCoins client(LiveCoins.Builder builder) {
    LiveCoins client = builder.sleeper(sleeper).clock(clock).build();
    clients.add(client);
    return client;
  }

  private GiftAssetCache cache(long maxBytes) {
    return GiftAssetCache.builder(client(), tmp.resolve("assets")).maxBytes(maxBytes).build();
  }

  private Path dir() {
    return tmp.resolve("assets");
  }

  private GiftAsset served(String path, byte[] bytes) {
    return asset(server.url(path).toString(), bytes);
  }

  private static MockResponse ok(byte[] bytes) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "image/webp")
        .body(new Buffer().write(bytes))
        .build();
  }

  // ------------------------------------------------------------------------------------ verified

  @Test
  void aVerifiedDownloadIsStoredUnderItsChecksumAndReadBackWithoutTheNetwork() throws Exception {
    byte[] rose = content(1, 900);
    GiftAsset asset = served("/assets/gifts/rose.webp", rose);
    server.enqueue(ok(rose));
    GiftAssetCache cache = cache(10_000);

    assertThat(cache.file(asset)).isNull();
    Path file = cache.fetch(asset).execute();

    assertThat(file.getFileName().toString()).isEqualTo(asset.sha256() + ".webp");
    assertThat(file.getParent()).isEqualTo(dir().toAbsolutePath());
    assertThat(Files.readAllBytes(file)).isEqualTo(rose);
    assertThat(cache.file(asset)).isEqualTo(file);
    assertThat(cache.fetch(asset).execute()).isEqualTo(file);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(parts(dir())).isEmpty();
    assertThat(cache.size()).isEqualTo(900);
  }

  @Test
  void afterAPrefetchFileNeverTouchesTheNetwork() throws Exception {
    byte[] rose = content(1, 500);
    byte[] lion = content(2, 700);
    GiftAsset roseAsset = served("/a/rose.webp", rose);
    GiftAsset lionAsset = served("/a/lion.webp", lion);
    server.enqueue(ok(rose));
    server.enqueue(ok(lion));
    GiftAssetCache cache = cache(10_000);

    PrefetchResult first = cache.prefetch(Arrays.asList(roseAsset, lionAsset, roseAsset)).execute();

    assertThat(first.downloaded()).containsExactly(roseAsset, lionAsset);
    assertThat(first.alreadyCached()).isEmpty();
    assertThat(first.isComplete()).isTrue();
    assertThat(first.downloadedBytes()).isEqualTo(1200);
    assertThat(server.getRequestCount()).isEqualTo(2);

    for (int i = 0; i < 5; i++) {
      assertThat(Files.readAllBytes(cache.file(roseAsset))).isEqualTo(rose);
      assertThat(Files.readAllBytes(cache.file(lionAsset))).isEqualTo(lion);
    }
    PrefetchResult again = cache.prefetch(Arrays.asList(lionAsset, roseAsset)).execute();
    assertThat(again.alreadyCached()).containsExactly(lionAsset, roseAsset);
    assertThat(again.downloaded()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aChecksumMismatchIsMalformedAndStoresNothing() throws Exception {
    byte[] rose = content(1, 600);
    byte[] tampered = rose.clone();
    tampered[300] ^= 1;
    GiftAsset asset = served("/a/rose.webp", rose);
    server.enqueue(ok(tampered));
    GiftAssetCache cache = cache(10_000);

    Throwable thrown = catchThrowable(() -> cache.fetch(asset).execute());

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    assertThat(thrown.getMessage()).contains("checksum mismatch", "nothing stored", "/a/rose.webp");
    assertThat(assets(dir())).isEmpty();
    assertThat(parts(dir())).isEmpty();
    assertThat(cache.file(asset)).isNull();
    assertThat(server.getRequestCount()).as("a mismatch is not retried").isEqualTo(1);
  }

  @Test
  void aShortBodyIsMalformedAndStoresNothing() throws Exception {
    byte[] rose = content(1, 600);
    GiftAsset asset = served("/a/rose.webp", rose);
    server.enqueue(ok(Arrays.copyOf(rose, 599)));
    GiftAssetCache cache = cache(10_000);

    Throwable thrown = catchThrowable(() -> cache.fetch(asset).execute());

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    assertThat(thrown.getMessage()).contains("599 bytes", "declares 600");
    assertThat(AssetFixtures.names(dir())).containsOnly(".livecoins-assets.lock");
  }

  @Test
  void aLongerBodyWithAContentLengthIsRefusedAtTheDeclaredSize() throws Exception {
    byte[] rose = content(1, 600);
    GiftAsset asset = served("/a/rose.webp", rose);
    server.enqueue(ok(content(1, 601)));
    GiftAssetCache cache = cache(10_000);

    Throwable thrown = catchThrowable(() -> cache.fetch(asset).execute());

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    assertThat(thrown.getMessage()).contains("longer than its declared 600 bytes");
    assertThat(assets(dir())).isEmpty();
    assertThat(parts(dir())).isEmpty();
  }

  @Test
  void anEndlessBodyIsCutOffAtTheDeclaredSizeAndStoresNothing() throws Exception {
    byte[] rose = content(1, 4096);
    GiftAsset asset = served("/a/rose.webp", rose);
    AtomicLong sent = new AtomicLong();
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                new MockResponseBody() {
                  @Override
                  public long getContentLength() {
                    return -1; // chunked, no end: only the client's cap stops it
                  }

                  @Override
                  public void writeTo(BufferedSink sink) throws IOException {
                    byte[] chunk = new byte[8192];
                    while (sent.get() < 1L << 32) { // 4 GiB: "endless" for any test machine
                      sink.write(chunk);
                      sink.flush();
                      sent.addAndGet(chunk.length);
                    }
                  }
                })
            .build());
    GiftAssetCache cache = cache(1_000_000);

    Throwable thrown = catchThrowable(() -> cache.fetch(asset).execute());

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    assertThat(thrown.getMessage()).contains("longer than its declared 4096 bytes");
    assertThat(assets(dir())).isEmpty();
    assertThat(parts(dir())).isEmpty();
    assertThat(sent.get()).as("the client hung up long before the end").isLessThan(1L << 32);
  }

  // ------------------------------------------------------------------------------------- bounded

  @Test
  void theLeastRecentlyUsedAssetsAreEvictedToStayUnderMaxBytes() throws Exception {
    byte[] a = content(1, 400);
    byte[] b = content(2, 400);
    byte[] c = content(3, 400);
    GiftAsset assetA = served("/a.webp", a);
    GiftAsset assetB = served("/b.webp", b);
    GiftAsset assetC = served("/c.webp", c);
    server.enqueue(ok(a));
    server.enqueue(ok(b));
    server.enqueue(ok(c));
    GiftAssetCache cache = cache(1_000);

    cache.fetch(assetA).execute();
    clock.advance(Duration.ofSeconds(1));
    cache.fetch(assetB).execute();
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.file(assetA)).isNotNull(); // A is now more recently used than B
    clock.advance(Duration.ofSeconds(1));
    cache.fetch(assetC).execute();

    assertThat(cache.file(assetB)).as("least recently used: evicted").isNull();
    assertThat(cache.file(assetA)).isNotNull();
    assertThat(cache.file(assetC)).isNotNull();
    assertThat(cache.size()).isEqualTo(800).isLessThanOrEqualTo(cache.maxBytes());
  }

  @Test
  void aSmallerCapOnTheNextOpenShrinksTheDirectory() throws Exception {
    byte[] a = content(1, 400);
    byte[] b = content(2, 400);
    GiftAsset assetA = served("/a.webp", a);
    GiftAsset assetB = served("/b.webp", b);
    server.enqueue(ok(a));
    server.enqueue(ok(b));
    cache(10_000).prefetch(Arrays.asList(assetA, assetB)).execute();
    clock.advance(Duration.ofSeconds(1));
    cache(10_000).file(assetB);

    GiftAssetCache smaller = cache(500);
    PrefetchResult result = smaller.prefetch(Collections.singletonList(assetB)).execute();

    assertThat(result.alreadyCached()).containsExactly(assetB);
    assertThat(smaller.file(assetA)).isNull();
    assertThat(smaller.size()).isEqualTo(400);
  }

  @Test
  void anAssetLargerThanTheCacheIsRefusedBeforeAnyRequest() throws Exception {
    GiftAsset huge = served("/huge.webp", content(1, 2_000));
    GiftAsset fine = served("/fine.webp", content(2, 100));
    server.enqueue(ok(content(2, 100)));
    GiftAssetCache cache = cache(1_000);

    Throwable thrown = catchThrowable(() -> cache.fetch(huge).execute());
    PrefetchResult result = cache.prefetch(Arrays.asList(huge, fine)).execute();

    assertThat(thrown).isInstanceOf(InvalidRequestException.class);
    assertThat(((InvalidRequestException) thrown).field()).isEqualTo("sizeBytes");
    assertThat(thrown.getMessage()).contains("2000 bytes", "maxBytes 1000");
    assertThat(((LiveCoinsException) thrown).effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(result.failed()).containsOnlyKeys(huge);
    assertThat(result.failed().get(huge)).isInstanceOf(InvalidRequestException.class);
    assertThat(result.downloaded()).containsExactly(fine);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/fine.webp");
  }

  // ------------------------------------------------------------------------------------ security

  @Test
  void assetRequestsNeverCarryTheBearerToken() throws Exception {
    byte[] rose = content(1, 300);
    server.enqueue(ok(rose));
    cache(10_000).fetch(served("/a/rose.webp", rose)).execute();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(request.getHeaders().toString()).doesNotContain("demo-token-bob");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("livecoins-java/");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "http://cdn.example.com/rose.webp",
    "HTTP://cdn.example.com/rose.webp",
    "http://10.0.2.2:8080/rose.webp",
    "http://127.0.0.1.nip.io/rose.webp",
    "http://127.0.0.1@evil.example/rose.webp",
    "https://user:pass@cdn.example.com/rose.webp",
    "ftp://cdn.example.com/rose.webp",
    "/relative/rose.webp",
  })
  void assetUrlsOutsideTheClientsRuleAreRefusedBeforeAnyRequest(String url) {
    CountingTransport transport = new CountingTransport();
    LiveCoins client = client(AssetFixtures.client(server.url("/").toString()).transport(transport));
    GiftAssetCache cache = GiftAssetCache.builder(client, dir()).build();
    GiftAsset asset = asset(url, content(1, 10));

    Throwable thrown = catchThrowable(() -> cache.fetch(asset).execute());

    assertThat(thrown).isInstanceOf(InvalidRequestException.class);
    assertThat(((InvalidRequestException) thrown).field()).isEqualTo("url");
    assertThat(thrown.getMessage()).doesNotContain("pass");
    assertThat(transport.exchanges.get()).isZero();
  }

  @Test
  void aSandboxClientMayFetchCleartextFromAnyHostLikeItsBaseUrl() {
    CountingTransport transport = new CountingTransport();
    LiveCoins client =
        client(AssetFixtures.client("http://10.0.2.2:8080/").sandbox(true).transport(transport)
            .retryPolicy(io.livecoins.RetryPolicy.none()));
    GiftAsset asset = asset("http://10.0.2.2:8080/assets/gifts/rose.webp", content(1, 10));

    Throwable thrown = catchThrowable(() -> GiftAssetCache.builder(client, dir()).build().fetch(asset).execute());

    assertThat(thrown).isInstanceOf(NetworkException.class); // it was sent: the transport refused
    assertThat(transport.exchanges.get()).isEqualTo(1);
    assertThat(transport.lastRequest.get().header("Authorization")).isNull();
  }

  @Test
  void aSignedQueryStringNeverAppearsInAnError() {
    server.enqueue(new MockResponse.Builder().code(403).build());
    GiftAsset asset = served("/a/rose.webp?X-Amz-Signature=s3cr3tsignature", content(1, 10));

    Throwable thrown = catchThrowable(() -> cache(10_000).fetch(asset).execute());

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    assertThat(thrown.getMessage()).contains("HTTP 403", "/a/rose.webp?…").doesNotContain("s3cr3t");
  }

  @Test
  void logsNameTheAssetWithoutItsSignedQueryOrTheToken() throws Exception {
    byte[] rose = content(1, 300);
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(ok(rose));
    GiftAsset asset = served("/a/rose.webp?X-Amz-Signature=s3cr3tsignature", rose);

    String logs;
    try (CapturedLogs capture = CapturedLogs.start()) {
      cache(10_000).fetch(asset).execute();
      logs = capture.text();
    }

    assertThat(logs).contains("gift asset", "/a/rose.webp?…", "retrying");
    assertThat(logs).doesNotContain("s3cr3t").doesNotContain("demo-token-bob");
  }

  // ------------------------------------------------------------------------------------- retries

  @Test
  void transientFailuresAreRetriedWithTheClientsBackoff() throws Exception {
    byte[] rose = content(1, 300);
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(ok(rose));

    Path file = cache(10_000).fetch(served("/rose.webp", rose)).execute();

    assertThat(Files.readAllBytes(file)).isEqualTo(rose);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.sleeps())
        .containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
  }

  @Test
  void aMissingAssetIsNotFoundAndNotRetried() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    Throwable thrown = catchThrowable(() -> cache(10_000).fetch(served("/gone.webp", content(1, 9))).execute());

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) thrown).resource()).isEqualTo("gift_asset");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aCdnErrorPageLargerThanTheAssetStillSaysNotFound() throws Exception {
    StringBuilder page = new StringBuilder("<html><body>");
    for (int i = 0; i < 200; i++) page.append("Not Found. ");
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .setHeader("Content-Type", "text/html")
            .body(page.append("</body></html>").toString())
            .build());

    Throwable thrown = catchThrowable(() -> cache(10_000).fetch(served("/gone.webp", content(1, 9))).execute());

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(parts(tmp.resolve("assets"))).isEmpty();
  }

  @Test
  void aRedirectIsNotFollowed() {
    server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "https://elsewhere.example/x").build());

    Throwable thrown = catchThrowable(() -> cache(10_000).fetch(served("/moved.webp", content(1, 9))).execute());

    assertThat(thrown).isInstanceOf(MalformedResponseException.class).hasMessageContaining("HTTP 302");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void oneFailedAssetDoesNotStopThePrefetchOfTheOthers() throws Exception {
    byte[] lion = content(2, 300);
    GiftAsset gone = served("/gone.webp", content(1, 9));
    GiftAsset lionAsset = served("/lion.webp", lion);
    server.enqueue(new MockResponse.Builder().code(404).build());
    server.enqueue(ok(lion));

    PrefetchResult result = cache(10_000).prefetch(Arrays.asList(gone, lionAsset)).execute();

    assertThat(result.isComplete()).isFalse();
    assertThat(result.failed()).containsOnlyKeys(gone);
    assertThat(result.downloaded()).containsExactly(lionAsset);
    assertThat(result.toString()).contains("failed=1", "not_found");
  }

  // ---------------------------------------------------------------------- async, cancel, close

  @Test
  void enqueueDeliversTheResultOnTheCallbackExecutor() throws Exception {
    byte[] rose = content(1, 300);
    server.enqueue(ok(rose));
    AtomicInteger delivered = new AtomicInteger();
    LiveCoins client =
        client(AssetFixtures.client(server.url("/").toString()).callbackExecutor(runnable -> {
          delivered.incrementAndGet();
          runnable.run();
        }));
    GiftAssetCache cache = GiftAssetCache.builder(client, dir()).build();
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<PrefetchResult> result = new AtomicReference<>();

    cache.prefetch(Collections.singletonList(served("/rose.webp", rose))).enqueue(new Callback<PrefetchResult>() {
      @Override
      public void onSuccess(Call<PrefetchResult> call, PrefetchResult value) {
        result.set(value);
        done.countDown();
      }

      @Override
      public void onFailure(Call<PrefetchResult> call, LiveCoinsException error) {
        done.countDown();
      }
    });

    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(result.get().downloaded()).hasSize(1);
    assertThat(delivered.get()).isEqualTo(1);
  }

  @Test
  void aCancelledDownloadLeavesNoFile() throws Exception {
    byte[] rose = content(1, 20_000);
    CountDownLatch halfSent = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(new MockResponse.Builder().code(200).body(halfThenWait(rose, halfSent, release)).build());
    GiftAssetCache cache = cache(100_000);
    Call<Path> call = cache.fetch(served("/rose.webp", rose));

    Future<Throwable> outcome = threads.submit(() -> catchThrowable(call::execute));
    assertThat(halfSent.await(30, TimeUnit.SECONDS)).isTrue();
    awaitPart(dir());
    call.cancel();
    Throwable thrown = outcome.get(30, TimeUnit.SECONDS);
    release.countDown();

    assertThat(thrown).isInstanceOf(CallCancelledException.class);
    assertThat(((CallCancelledException) thrown).effect()).isEqualTo(Effect.NOT_APPLIED);
    assertThat(assets(dir())).isEmpty();
    assertThat(parts(dir())).isEmpty();
  }

  @Test
  void afterCloseNewCallsAreRefusedButLocalFilesStillServe() throws Exception {
    byte[] rose = content(1, 300);
    GiftAsset asset = served("/rose.webp", rose);
    server.enqueue(ok(rose));
    LiveCoins client = client();
    GiftAssetCache cache = GiftAssetCache.builder(client, dir()).build();
    cache.fetch(asset).execute();

    client.close();

    assertThatThrownBy(() -> cache.fetch(asset)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cache.prefetch(Collections.singletonList(asset)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> GiftAssetCache.builder(client, dir()).build())
        .isInstanceOf(IllegalStateException.class);
    assertThat(cache.file(asset)).isNotNull();
  }

  @Test
  void closingTheClientStopsARunningPrefetchBeforeItsNextDownload() throws Exception {
    byte[] rose = content(1, 300);
    byte[] lion = content(2, 300);
    CountDownLatch requested = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(holdingDispatcher(rose, requested, release));
    LiveCoins client = client();
    GiftAssetCache cache = GiftAssetCache.builder(client, dir()).build();
    Call<PrefetchResult> call =
        cache.prefetch(Arrays.asList(served("/rose.webp", rose), served("/lion.webp", lion)));
    Future<Throwable> outcome = threads.submit(() -> catchThrowable(call::execute));
    assertThat(requested.await(30, TimeUnit.SECONDS)).isTrue();

    client.close();
    release.countDown();

    assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(CallCancelledException.class);
    assertThat(server.getRequestCount()).as("the second asset was never asked for").isEqualTo(1);
    assertThat(cache.file(served("/rose.webp", rose))).as("the running download finished").isNotNull();
  }

  // ---------------------------------------------------------------------------------- sharing

  @Test
  void concurrentPrefetchesAndFetchesOfOneAssetDownloadItOnce() throws Exception {
    byte[] rose = content(1, 5_000);
    GiftAsset asset = served("/rose.webp", rose);
    CountDownLatch requested = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(holdingDispatcher(rose, requested, release));
    GiftAssetCache cache = cache(100_000);
    int callers = 8;
    List<Thread> started = Collections.synchronizedList(new ArrayList<>());
    List<Future<Path>> results = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      boolean prefetch = i % 2 == 0;
      results.add(threads.submit(() -> {
        started.add(Thread.currentThread());
        if (!prefetch) return cache.fetch(asset).execute();
        PrefetchResult result = cache.prefetch(Collections.singletonList(asset)).execute();
        assertThat(result.isComplete()).isTrue();
        return cache.file(asset);
      }));
    }
    assertThat(requested.await(30, TimeUnit.SECONDS)).isTrue();
    awaitWaiting(started, callers - 1); // every other caller waits for the one download
    release.countDown();

    for (Future<Path> result : results) {
      assertThat(Files.readAllBytes(result.get(30, TimeUnit.SECONDS))).isEqualTo(rose);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void twoInstancesOnOneDirectoryShareDownloadsAndTheCap() throws Exception {
    List<GiftAsset> all = new ArrayList<>();
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      bodies.add(content(i, 300 + i));
      all.add(served("/asset/" + i, bodies.get(i)));
    }
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        int n = Integer.parseInt(request.getTarget().substring("/asset/".length()));
        return ok(bodies.get(n));
      }
    });
    GiftAssetCache first = cache(100_000);
    GiftAssetCache second = cache(100_000);
    CountDownLatch go = new CountDownLatch(1);

    Future<PrefetchResult> a = threads.submit(() -> {
      go.await();
      return first.prefetch(all).execute();
    });
    List<GiftAsset> reversed = new ArrayList<>(all);
    Collections.reverse(reversed);
    Future<PrefetchResult> b = threads.submit(() -> {
      go.await();
      return second.prefetch(reversed).execute();
    });
    go.countDown();

    assertThat(a.get(60, TimeUnit.SECONDS).isComplete()).isTrue();
    assertThat(b.get(60, TimeUnit.SECONDS).isComplete()).isTrue();
    assertThat(server.getRequestCount()).as("each asset downloaded once").isEqualTo(6);
    for (int i = 0; i < 6; i++) {
      assertThat(Files.readAllBytes(first.file(all.get(i)))).isEqualTo(bodies.get(i));
      assertThat(second.file(all.get(i))).isEqualTo(first.file(all.get(i)));
    }
    assertThat(parts(dir())).isEmpty();
  }

  @Test
  void aDeadDownloadsPartIsDeletedByTheNextInstancesFirstCall() throws Exception {
    byte[] rose = content(1, 300);
    GiftAsset asset = served("/rose.webp", rose);
    Files.createDirectories(dir());
    String part = asset.sha256() + ".webp.00112233445566ff.part";
    Files.write(dir().resolve(part), Arrays.copyOf(rose, 100)); // what a killed writer leaves
    Files.write(dir().resolve("notes.txt"), new byte[] {1}); // not the cache's: left alone
    server.enqueue(ok(rose));
    GiftAssetCache cache = cache(10_000);

    assertThat(cache.file(asset)).as("a part is never visible").isNull();
    cache.fetch(asset).execute();

    assertThat(parts(dir())).isEmpty();
    assertThat(AssetFixtures.names(dir())).contains("notes.txt");
  }

  @Test
  void aTornFileOfTheWrongSizeIsNotServedAndIsReplacedByTheNextDownload() throws Exception {
    byte[] rose = content(1, 300);
    GiftAsset asset = served("/rose.webp", rose);
    Files.createDirectories(dir());
    Files.write(dir().resolve(asset.sha256() + ".webp"), new byte[0]); // a power loss after the rename
    server.enqueue(ok(rose));
    GiftAssetCache cache = cache(10_000);

    assertThat(cache.file(asset)).isNull();
    assertThat(Files.readAllBytes(cache.fetch(asset).execute())).isEqualTo(rose);
  }

  @Test
  void theBuilderChecksItsArguments() {
    LiveCoins client = client();
    assertThatThrownBy(() -> GiftAssetCache.builder(null, dir())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> GiftAssetCache.builder(client, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> GiftAssetCache.builder(client, dir()).maxBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GiftAssetCache.builder(client, dir().getRoot()))
        .isInstanceOf(IllegalArgumentException.class);
    GiftAssetCache cache = GiftAssetCache.builder(client, dir()).build();
    assertThat(cache.maxBytes()).isEqualTo(GiftAssetCache.DEFAULT_MAX_BYTES);
    assertThatThrownBy(() -> cache.prefetch(Arrays.asList(served("/x", content(1, 1)), null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> cache.file(null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  // ------------------------------------------------------------------------------------ helpers

  /** Serves {@code body} to the first request only after {@code release}; counts requests. */
  private static Dispatcher holdingDispatcher(byte[] body, CountDownLatch requested, CountDownLatch release) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        requested.countDown();
        if (!release.await(30, TimeUnit.SECONDS)) throw new InterruptedException("never released");
        return ok(body);
      }
    };
  }

  /** A body that sends its first half, signals, then waits (a download in the middle). */
  static MockResponseBody halfThenWait(byte[] body, CountDownLatch halfSent, CountDownLatch release) {
    return new MockResponseBody() {
      @Override
      public long getContentLength() {
        return body.length;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.write(body, 0, body.length / 2);
        sink.flush();
        halfSent.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IOException("the test ended the body");
      }
    };
  }

  /** Waits (bounded) until a part file exists: the download is in the middle. */
  private static void awaitPart(Path dir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (parts(dir).isEmpty()) {
      if (System.nanoTime() > deadline) throw new AssertionError("no part file appeared");
      Thread.onSpinWait();
    }
  }

  /** Waits (bounded) until {@code count} of {@code threads} are parked waiting. */
  private static void awaitWaiting(List<Thread> threads, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      int waiting = 0;
      synchronized (threads) {
        for (Thread thread : threads) {
          if (thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING) {
            waiting++;
          }
        }
      }
      if (waiting >= count) return;
      if (System.nanoTime() > deadline) throw new AssertionError(waiting + " of " + count + " callers waiting");
      Thread.onSpinWait();
    }
  }

  /** A transport that counts exchanges and refuses to connect. */
  private static final class CountingTransport implements Transport {
    final AtomicInteger exchanges = new AtomicInteger();
    final AtomicReference<HttpRequest> lastRequest = new AtomicReference<>();

    @Override
    public Exchange newExchange(HttpRequest request) {
      exchanges.incrementAndGet();
      lastRequest.set(request);
      return new Exchange() {
        @Override
        public io.livecoins.transport.HttpResponse execute() throws IOException {
          throw new ConnectException("refused by the test transport");
        }

        @Override
        public void cancel() {}
      };
    }
  }
}
