package io.livecoins.internal.assets;

import io.livecoins.Call;
import io.livecoins.Callback;
import io.livecoins.errors.CallCancelledException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.InvalidRequestException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.ServerException;
import io.livecoins.gift.GiftAsset;
import io.livecoins.gift.PrefetchResult;
import io.livecoins.internal.Hosts;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.TransportFailures;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.FlowCall;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.HttpResponse;
import io.livecoins.transport.ResponseTooLargeException;
import io.livecoins.transport.Transport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gift asset cache's downloads, through one client's pipeline minus its auth stage: the
 * client's transport (never an {@code Authorization} header: asset URLs are CDN URLs), dispatcher
 * and callback executor ({@link FlowCall}), retry policy, classifier and backoff ({@code
 * RetryStage}), sleeper and clock. Each body streams into an OS-locked part file that is hashed,
 * counted and capped at the declared size, and becomes visible only after verification ({@link
 * AssetStore}). Concurrent requests for one file in this JVM share one download. Thread-safe. Not
 * API.
 */
public final class AssetDownloads {
  private static final Logger log = LoggerFactory.getLogger("io.livecoins.assets");
  // Downloads in flight in this JVM, by directory and file name: every instance shares them.
  private static final ConcurrentMap<String, InFlight> IN_FLIGHT = new ConcurrentHashMap<>();

  private final ApiClient api;
  private final AssetStore store;
  private final long maxBytes;
  private final boolean sandbox;
  private final String userAgent;

  /** Downloads for {@code api}'s client into {@code store}, whose cap is {@code maxBytes}. */
  public AssetDownloads(
      ApiClient api, AssetStore store, long maxBytes, boolean sandbox, String userAgent) {
    this.api = api;
    this.store = store;
    this.maxBytes = maxBytes;
    this.sandbox = sandbox;
    this.userAgent = userAgent;
  }

  /** The local verified file of {@code asset}, marked used now; null if absent. No network. */
  public @Nullable Path file(GiftAsset asset) {
    Objects.requireNonNull(asset, "asset == null");
    return store.lookup(asset, true);
  }

  /** A call that returns the local file of {@code asset}, downloading it first when missing. */
  public Call<Path> fetch(GiftAsset asset) {
    Objects.requireNonNull(asset, "asset == null");
    api.checkOpen();
    return new FlowCall<>(
        api,
        false,
        call -> {
          open();
          return fetchOne(call, asset).path;
        });
  }

  /** A call that makes every asset of {@code assets} local, one after another; see the API. */
  public Call<PrefetchResult> prefetch(Collection<GiftAsset> assets) {
    Objects.requireNonNull(assets, "assets == null");
    List<GiftAsset> list = new ArrayList<>(assets.size());
    for (GiftAsset asset : assets) list.add(Objects.requireNonNull(asset, "assets contains null"));
    api.checkOpen();
    return new FlowCall<>(api, false, call -> prefetchAll(call, list));
  }

  private PrefetchResult prefetchAll(FlowCall<PrefetchResult> call, List<GiftAsset> assets) {
    open();
    List<GiftAsset> downloaded = new ArrayList<>();
    List<GiftAsset> alreadyCached = new ArrayList<>();
    Map<GiftAsset, LiveCoinsException> failed = new LinkedHashMap<>();
    Set<GiftAsset> seen = new HashSet<>();
    for (GiftAsset asset : assets) {
      if (!seen.add(asset)) continue;
      if (isClientClosed()) throw new CallCancelledException(Effect.NOT_APPLIED);
      try {
        Outcome outcome = fetchOne(call, asset);
        (outcome.downloaded ? downloaded : alreadyCached).add(asset);
      } catch (CallCancelledException e) {
        throw e;
      } catch (LiveCoinsException e) {
        failed.put(asset, e);
      }
    }
    return new PrefetchResult(downloaded, alreadyCached, failed);
  }

  private boolean isClientClosed() {
    try {
      api.checkOpen();
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }

  private void open() {
    try {
      store.open();
    } catch (IOException | RuntimeException e) {
      throw storageError("cannot open the gift asset cache in " + store.directory(), e);
    }
  }

  private static final class Outcome {
    final Path path;
    final boolean downloaded;

    Outcome(Path path, boolean downloaded) {
      this.path = path;
      this.downloaded = downloaded;
    }
  }

  /**
   * The file of {@code asset}: from the directory, else from a download in flight in this JVM
   * (waiting for it), else downloaded by this call, the others waiting for it.
   */
  private Outcome fetchOne(FlowCall<?> call, GiftAsset asset) {
    checkAllowed(asset);
    Path cached = store.lookup(asset, true);
    if (cached != null) return new Outcome(cached, false);
    String key = store.inFlightKey(asset);
    while (true) {
      call.checkCanceled();
      InFlight mine = new InFlight();
      InFlight other = IN_FLIGHT.putIfAbsent(key, mine);
      if (other != null) {
        try {
          return new Outcome(call.step(new AwaitCall(other)), true);
        } catch (CallCancelledException e) {
          if (call.isCanceled()) throw e;
          continue; // the call that was downloading it was cancelled: download it ourselves
        }
      }
      try {
        Path done = store.lookup(asset, true); // committed between our look and our claim
        Outcome outcome = done != null ? new Outcome(done, false) : new Outcome(download(call, asset), true);
        mine.succeed(outcome.path);
        return outcome;
      } catch (RuntimeException e) {
        mine.fail(e);
        throw e;
      } finally {
        // An Error (out of memory) must not strand the waiters: they try again themselves.
        mine.fail(new CallCancelledException(Effect.NOT_APPLIED));
        IN_FLIGHT.remove(key, mine);
      }
    }
  }

  /**
   * Downloads {@code asset} with the client's retry policy: attempts, backoff (or a 429's {@code
   * Retry-After}) with the client's sleeper, and the per-call deadline.
   */
  private Path download(FlowCall<?> call, GiftAsset asset) {
    long deadline = api.clock().millis() + api.retryPolicy().callTimeout().toMillis();
    int maxAttempts = api.retry().maxAttempts();
    LiveCoinsException failure = null;
    for (int attempt = 1; ; attempt++) {
      call.checkCanceled();
      if (attempt > 1) {
        Path done = store.lookup(asset, true); // another process may have finished it meanwhile
        if (done != null) return done;
      }
      long remaining = deadline - api.clock().millis();
      if (remaining <= 0) {
        if (failure != null) throw failure;
        throw new NetworkException(
            ErrorContext.of(
                "gift asset download timed out: deadline of " + api.retryPolicy().callTimeout() + " passed",
                Effect.NOT_APPLIED),
            new InterruptedIOException("deadline passed"));
      }
      try {
        return call.step(new AttemptCall(asset, remaining));
      } catch (CallCancelledException e) {
        throw e;
      } catch (LiveCoinsException e) {
        failure = e;
      }
      if (!isRetryable(failure) || attempt >= maxAttempts) throw failure;
      long waitMillis = api.retry().callDelayMillis(failure, attempt);
      if (waitMillis >= deadline - api.clock().millis()) throw failure;
      log.debug("retrying gift asset {} in {} ms", safeUrl(asset.url()), waitMillis);
      if (waitMillis > 0) call.sleep(Duration.ofMillis(waitMillis));
    }
  }

  /**
   * The pipeline's classifier, plus HTTP 500: a CDN's 500 is as transient as its 503, and a GET of
   * a static file can be repeated without any effect.
   */
  static boolean isRetryable(LiveCoinsException failure) {
    return failure.isRetryable() || (failure instanceof ServerException && failure.httpStatus() >= 500);
  }

  /** Refuses, before anything is sent, an asset larger than the cap or at a URL not allowed. */
  private void checkAllowed(GiftAsset asset) {
    if (asset.sizeBytes() > maxBytes) {
      throw refused(
          "sizeBytes",
          "gift asset of " + asset.sizeBytes() + " bytes is larger than the cache (maxBytes "
              + maxBytes + "): not downloaded");
    }
    URI uri;
    try {
      uri = new URI(asset.url());
    } catch (URISyntaxException e) {
      throw refused("url", "gift asset URL is not a URL: not downloaded");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || uri.getRawUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw refused("url", "gift asset URL must be an absolute http(s) URL without user info: "
          + safeUrl(asset.url()));
    }
    if (scheme.equals("http") && !sandbox && !Hosts.isLoopback(host)) {
      throw refused("url", "gift asset URL must use https (http is allowed only for loopback hosts"
          + " or a sandbox client): " + safeUrl(asset.url()));
    }
  }

  private static InvalidRequestException refused(String field, String message) {
    return new InvalidRequestException(ErrorContext.of(message, Effect.NOT_APPLIED), field);
  }

  private LiveCoinsException storageError(String message, Throwable cause) {
    return new LiveCoinsException(
        ErrorContext.builder()
            .code("storage_error")
            .message(message + ": " + Redactor.redact(String.valueOf(cause)))
            .build(),
        cause);
  }

  /**
   * The URL without user info, query and fragment (a CDN may sign URLs there), for messages and
   * logs: {@code https://cdn.example/gifts/rose.webp?…}.
   */
  static String safeUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "(not a URL)";
    }
    StringBuilder result = new StringBuilder();
    if (uri.getScheme() != null) result.append(uri.getScheme()).append("://");
    if (uri.getHost() != null) result.append(uri.getHost());
    if (uri.getPort() != -1) result.append(':').append(uri.getPort());
    if (uri.getRawPath() != null) result.append(uri.getRawPath());
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) result.append("?…");
    return Redactor.redact(result.toString());
  }

  /** The typed failure for a non-2xx answer to an asset GET. */
  private static LiveCoinsException mapStatus(HttpResponse response, GiftAsset asset, ApiClient api) {
    int status = response.code();
    String requestId = response.header("Request-Id");
    ErrorContext.Builder context =
        ErrorContext.builder().httpStatus(status).requestId(requestId == null ? null : Redactor.identifier(requestId));
    if (status == 404 || status == 410) {
      return new NotFoundException(
          context.message("gift asset not found: " + safeUrl(asset.url())).build(), "gift_asset");
    }
    if (status == 429) return api.mapError(response, null); // honours Retry-After; no token
    if (status >= 500) {
      return new ServerException(context.message("gift asset server error: " + safeUrl(asset.url())).build());
    }
    // 3xx (redirects are never followed), 401, 403 and the rest: no file here. Not the app's
    // session: an asset request carries no token, so never an AuthenticationException.
    return new MalformedResponseException(
        context.message("gift asset download answered HTTP " + status + " instead of the file: "
            + safeUrl(asset.url())).build(),
        null);
  }

  /** One download attempt: a part file, one exchange streamed into it, verification, commit. */
  private final class AttemptCall extends InnerCall<Path> {
    private final GiftAsset asset;
    private final long timeoutMillis;
    private volatile Transport.@Nullable Exchange exchange;

    AttemptCall(GiftAsset asset, long timeoutMillis) {
      this.asset = asset;
      this.timeoutMillis = timeoutMillis;
    }

    @Override
    Path run() {
      AssetStore.Part part;
      try {
        part = store.newPart(asset);
      } catch (IOException | RuntimeException e) {
        throw storageError("cannot create a file in " + store.directory(), e);
      }
      boolean committed = false;
      try {
        HttpResponse response = exchange(part);
        if (response.code() < 200 || response.code() > 299) throw mapStatus(response, asset, api);
        verify(part, response);
        try {
          Path file = store.commit(part, asset);
          committed = true;
          log.debug("<-- gift asset {} stored ({} bytes)", safeUrl(asset.url()), asset.sizeBytes());
          return file;
        } catch (IOException | RuntimeException e) {
          throw storageError("cannot store a gift asset in " + store.directory(), e);
        }
      } finally {
        if (!committed) store.discard(part);
      }
    }

    private HttpResponse exchange(AssetStore.Part part) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("User-Agent", userAgent);
      headers.put("Accept", "*/*");
      // No Authorization: the bearer token never goes to an asset URL.
      HttpRequest request = new HttpRequest("GET", asset.url(), headers, null, asset.sizeBytes(), timeoutMillis);
      try {
        Transport.Exchange current = api.transport().newExchange(request);
        exchange = current;
        if (isCanceled()) current.cancel();
        log.debug("--> GET gift asset {}", safeUrl(asset.url()));
        return current.executeStreaming(part);
      } catch (ResponseTooLargeException e) {
        int status = e.httpStatus();
        if (status < 100 || status > 599 || (status >= 200 && status <= 299)) throw tooLong(e);
        // An error page larger than the asset (a CDN's HTML 404): its status says all we need.
        return new HttpResponse(status, Collections.<String, String>emptyMap(), new byte[0]);
      } catch (IOException | RuntimeException e) {
        if (isCanceled()) throw new CallCancelledException(Effect.NOT_APPLIED);
        if (part.overflowed()) throw tooLong(e);
        IOException diskFailure = part.writeFailure();
        if (diskFailure != null) throw storageError("cannot write a gift asset to " + store.directory(), diskFailure);
        log.debug("<-- gift asset {} failed: {}", safeUrl(asset.url()), Redactor.redact(e.toString()));
        throw TransportFailures.of(e, false, false, null);
      } finally {
        exchange = null;
      }
    }

    private MalformedResponseException tooLong(Exception cause) {
      return new MalformedResponseException(
          ErrorContext.builder()
              .message("gift asset body is longer than its declared " + asset.sizeBytes()
                  + " bytes; download stopped, nothing stored: " + safeUrl(asset.url()))
              .httpStatus(200)
              .build(),
          cause);
    }

    private void verify(AssetStore.Part part, HttpResponse response) {
      if (isCanceled()) throw new CallCancelledException(Effect.NOT_APPLIED);
      String requestId = response.header("Request-Id");
      if (part.written() != asset.sizeBytes()) {
        throw new MalformedResponseException(
            ErrorContext.builder()
                .message("gift asset body is " + part.written() + " bytes, the catalog declares "
                    + asset.sizeBytes() + "; nothing stored: " + safeUrl(asset.url()))
                .httpStatus(response.code())
                .requestId(requestId == null ? null : Redactor.identifier(requestId))
                .build(),
            null);
      }
      String actual = part.sha256();
      if (!actual.equals(asset.sha256())) {
        throw new MalformedResponseException(
            ErrorContext.builder()
                .message("gift asset checksum mismatch: expected SHA-256 " + asset.sha256()
                    + ", got " + actual + "; nothing stored: " + safeUrl(asset.url()))
                .httpStatus(response.code())
                .requestId(requestId == null ? null : Redactor.identifier(requestId))
                .build(),
            null);
      }
    }

    @Override
    void onCancel() {
      Transport.Exchange current = exchange;
      if (current != null) current.cancel();
    }
  }

  /** Waits for the download another call of this JVM is running for the same file. */
  private static final class AwaitCall extends InnerCall<Path> {
    private final InFlight inFlight;
    private volatile @Nullable Thread waiting;

    AwaitCall(InFlight inFlight) {
      this.inFlight = inFlight;
    }

    @Override
    Path run() {
      waiting = Thread.currentThread();
      try {
        if (isCanceled()) throw new CallCancelledException(Effect.NOT_APPLIED);
        return inFlight.await();
      } catch (InterruptedException e) {
        if (!isCanceled()) Thread.currentThread().interrupt();
        throw new CallCancelledException(Effect.NOT_APPLIED);
      } finally {
        waiting = null;
        if (isCanceled()) Thread.interrupted(); // clear our own interrupt, not the caller's
      }
    }

    @Override
    void onCancel() {
      Thread thread = waiting;
      if (thread != null) thread.interrupt();
    }
  }

  /** The outcome of one download in flight, for the calls waiting for it. */
  private static final class InFlight {
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile @Nullable Path path;
    private volatile @Nullable RuntimeException failure;

    /** Records the outcome; only the first one counts. */
    synchronized void succeed(Path result) {
      if (done.getCount() == 0) return;
      path = result;
      done.countDown();
    }

    /** Records the failure; only the first outcome counts. */
    synchronized void fail(RuntimeException e) {
      if (done.getCount() == 0) return;
      failure = e;
      done.countDown();
    }

    Path await() throws InterruptedException {
      done.await();
      RuntimeException e = failure;
      if (e != null) throw e;
      return Objects.requireNonNull(path);
    }
  }

  /**
   * A step of a {@link FlowCall}: run blocking by {@link FlowCall#step}, which cancels it when the
   * outer call is cancelled. Never enqueued or cloned.
   */
  private abstract static class InnerCall<T> implements Call<T> {
    private volatile boolean canceled;
    private volatile boolean executed;

    abstract T run();

    abstract void onCancel();

    @Override
    public T execute() {
      executed = true;
      return run();
    }

    @Override
    public void enqueue(Callback<T> callback) {
      throw new UnsupportedOperationException("an inner step");
    }

    @Override
    public void cancel() {
      canceled = true;
      onCancel();
    }

    @Override
    public boolean isCanceled() {
      return canceled;
    }

    @Override
    public boolean isExecuted() {
      return executed;
    }

    @Override
    @SuppressWarnings("MethodDoesntCallSuperMethod")
    public Call<T> clone() {
      throw new UnsupportedOperationException("an inner step");
    }
  }
}
