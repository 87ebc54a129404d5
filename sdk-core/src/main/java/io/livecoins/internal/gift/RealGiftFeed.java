package io.livecoins.internal.gift;

import io.livecoins.errors.AuthenticationException;
import io.livecoins.errors.Effect;
import io.livecoins.errors.ForbiddenException;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.errors.NotFoundException;
import io.livecoins.errors.ServerException;
import io.livecoins.gift.GiftEvent;
import io.livecoins.gift.GiftEventListener;
import io.livecoins.gift.GiftFeed;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.Urls;
import io.livecoins.internal.wire.GiftEventDto;
import io.livecoins.transport.EventStream;
import io.livecoins.transport.HttpRequest;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The live gift feed of one stream over server-sent events. One connection at a time; when it fails
 * or ends, a new one is opened after a backoff ({@code RetryPolicy} initial backoff doubling to its
 * cap) with {@code Last-Event-ID}. Events already delivered (by id) are dropped, so a replay that
 * overlaps is harmless. Deliveries are queued and run one at a time on the callback executor, in
 * order. All state is guarded by {@code lock}.
 */
final class RealGiftFeed implements GiftFeed {
  private static final int REMEMBERED_IDS = 4096;

  private final ApiClient api;
  private final String streamId;
  private final String path;
  private final GiftEventListener listener;
  private final Object lock = new Object();

  private boolean closed; // by the app: drop everything not yet delivered
  private boolean stopped; // by a non-retryable failure: deliver what is queued, then nothing
  private @Nullable String lastEventId;
  private @Nullable EventStream stream;
  private int connection; // number of the current connection; callbacks of older ones are ignored
  private int failures; // consecutive failed connections, for the backoff
  private boolean authRefreshed;
  private final ArrayDeque<Runnable> deliveries = new ArrayDeque<>();
  private boolean draining;
  private final Map<String, Boolean> delivered =
      new LinkedHashMap<String, Boolean>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED_IDS;
        }
      };

  RealGiftFeed(ApiClient api, String streamId, @Nullable String lastEventId, GiftEventListener listener) {
    this.api = api;
    this.lastEventId = lastEventId;
    this.streamId = streamId;
    this.path = "/v1/streams/" + Urls.pathSegment(streamId) + "/events";
    this.listener = listener;
  }

  /** Connects on the dispatcher: the token provider is never called on the caller's (UI) thread. */
  void start() {
    api.dispatcher().execute(this::connect);
  }

  @Override
  public String streamId() {
    return streamId;
  }

  @Override
  public @Nullable String lastEventId() {
    synchronized (lock) {
      return lastEventId;
    }
  }

  @Override
  public boolean isClosed() {
    synchronized (lock) {
      return closed || stopped;
    }
  }

  @Override
  public void close() {
    EventStream current;
    synchronized (lock) {
      if (closed) return;
      closed = true;
      deliveries.clear();
      current = stream;
      stream = null;
    }
    if (current != null) current.close();
  }

  private void connect() {
    int number;
    String resumeAfter;
    synchronized (lock) {
      if (closed || stopped) return;
      number = ++connection;
      resumeAfter = lastEventId;
    }
    HttpRequest request;
    try {
      request = api.eventStreamRequest(path, resumeAfter);
    } catch (RuntimeException e) {
      stop(number, new AuthenticationException("AuthTokenProvider.token() failed: " + e, null, e));
      return;
    }
    RealGiftApi.log.debug("--> GET {} (gift feed, Last-Event-ID {})", path, resumeAfter);
    EventStream opened;
    try {
      opened = api.transport().newEventStream(request, new Connection(number, request));
    } catch (UnsupportedOperationException e) {
      stop(
          number,
          new LiveCoinsException(
              "unsupported", "the transport cannot stream events: " + e.getMessage(), 0, null,
              Effect.NOT_APPLIED, e));
      return;
    }
    boolean stale;
    synchronized (lock) {
      stale = closed || stopped || number != connection;
      if (!stale) stream = opened;
    }
    if (stale) opened.close();
  }

  /** Ends connection {@code number} and opens the next one after a backoff. */
  private void reconnect(int number, LiveCoinsException error, long minimumDelayMillis) {
    long delay;
    synchronized (lock) {
      if (closed || stopped || number != connection) return;
      stream = null;
      failures++;
      delay = Math.max(minimumDelayMillis, backoffMillis(failures));
    }
    RealGiftApi.log.debug("gift feed {} reconnecting in {} ms: {}", streamId, delay, error.getMessage());
    deliver(() -> listener.onError(error, true));
    try {
      api.dispatcher()
          .execute(
              () -> {
                try {
                  if (delay > 0) api.sleeper().sleep(Duration.ofMillis(delay));
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                connect();
              });
    } catch (RejectedExecutionException e) { // the host shut the dispatcher down
      stop(
          -1,
          new LiveCoinsException(
              "client_error", "gift feed: dispatcher rejected the reconnect", 0, null,
              Effect.NOT_APPLIED, e));
    }
  }

  /**
   * Stops the feed for good after a failure that a retry would repeat, if {@code number} is the
   * current connection (or is -1).
   */
  private void stop(int number, LiveCoinsException error) {
    EventStream current;
    synchronized (lock) {
      if (closed || stopped || (number != -1 && number != connection)) return;
      stopped = true;
      current = stream;
      stream = null;
    }
    RealGiftApi.log.debug("gift feed {} stopped: {}", streamId, error.getMessage());
    if (current != null) current.close();
    deliver(() -> listener.onError(error, false));
  }

  private long backoffMillis(int failure) {
    long ceiling = api.retryPolicy().backoffCeilingMillis(failure);
    if (!api.retryPolicy().jitter()) return ceiling;
    long half = ceiling / 2;
    return half + ThreadLocalRandom.current().nextLong(ceiling - half + 1);
  }

  /** Queues {@code delivery} for the callback executor; runs queued deliveries one at a time. */
  private void deliver(Runnable delivery) {
    boolean startDrain;
    synchronized (lock) {
      if (closed) return;
      deliveries.add(delivery);
      startDrain = !draining;
      draining = true;
    }
    if (startDrain) api.callbackExecutor().execute(this::drain);
  }

  private void drain() {
    while (true) {
      Runnable next;
      synchronized (lock) {
        next = closed ? null : deliveries.poll();
        if (next == null) {
          draining = false;
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException e) {
        RealGiftApi.log.warn("GiftEventListener threw", e);
      }
    }
  }

  /** Callbacks of one connection; ignored once a newer connection exists or this one ended. */
  private final class Connection implements EventStream.Listener {
    private final int number;
    private final HttpRequest request;
    private boolean ended; // guarded by lock

    Connection(int number, HttpRequest request) {
      this.number = number;
      this.request = request;
    }

    private boolean current() {
      return !closed && !stopped && !ended && number == connection;
    }

    @Override
    public void onOpen() {
      synchronized (lock) {
        if (!current()) return;
        failures = 0;
        authRefreshed = false;
      }
      RealGiftApi.log.debug("<-- gift feed {} open", streamId);
      deliver(listener::onConnected);
    }

    @Override
    public void onEvent(@Nullable String id, @Nullable String type, String data) {
      GiftEvent event;
      synchronized (lock) {
        if (!current()) return;
        if (id != null) lastEventId = id;
        if (type != null && !type.equals("gift")) return; // other event types: not ours
        try {
          event = api.json().decode(data.getBytes(StandardCharsets.UTF_8), GiftEventDto.class).toEvent();
        } catch (IOException | RuntimeException e) {
          RealGiftApi.log.warn(
              "skipping malformed gift event {}: {}", id, Redactor.redact(String.valueOf(e.getMessage())));
          return;
        }
        String key = id != null ? id : event.id();
        if (delivered.put(key, Boolean.TRUE) != null) {
          RealGiftApi.log.debug("skipping gift event {} delivered before", key);
          return;
        }
      }
      deliver(() -> listener.onEvent(event));
    }

    @Override
    public void onClosed() {
      synchronized (lock) {
        if (!current()) return;
        ended = true;
      }
      reconnect(
          number,
          new NetworkException(
              "gift feed ended by the server", Effect.NOT_APPLIED, new EOFException("stream ended")),
          0);
    }

    @Override
    public void onFailure(@Nullable Throwable error, int httpStatus) {
      boolean refreshAuth = false;
      synchronized (lock) {
        if (!current()) return;
        ended = true;
        if (httpStatus == 401 && !authRefreshed) {
          authRefreshed = true;
          refreshAuth = true;
        }
      }
      if (refreshAuth) {
        try {
          String header = request.headers().get("Authorization");
          api.auth().refresh(header == null ? "" : header.substring("Bearer ".length()));
        } catch (RuntimeException e) {
          stop(number, new AuthenticationException("AuthTokenProvider.refresh() failed: " + e, null, e));
          return;
        }
        reconnect(number, new AuthenticationException("gift feed: unauthenticated", null, null), 0);
        return;
      }
      LiveCoinsException failure = describe(error, httpStatus);
      if (isRetryable(httpStatus)) {
        reconnect(number, failure, 0);
      } else {
        stop(number, failure);
      }
    }
  }

  private static boolean isRetryable(int status) {
    return status == 0 || status == 200 || status == 408 || status == 429 || status >= 500;
  }

  private LiveCoinsException describe(@Nullable Throwable error, int status) {
    String what = "gift feed of " + streamId;
    switch (status) {
      case 0:
        return new NetworkException(
            what + ": " + (error == null ? "connection failed" : Redactor.redact(String.valueOf(error))),
            Effect.NOT_APPLIED,
            error == null ? new IOException("connection failed") : error);
      case 200:
        return new MalformedResponseException(
            what + ": not an event stream: " + (error == null ? "" : Redactor.redact(String.valueOf(error.getMessage()))),
            200, null, Effect.NOT_APPLIED, error);
      case 401:
        return new AuthenticationException(what + ": unauthenticated", null, null);
      case 403:
        return new ForbiddenException(what + ": forbidden", null, null);
      case 404:
        return new NotFoundException(what + ": no such stream", "stream", null);
      default:
        if (status >= 500) {
          return new ServerException(
              status == 500 ? "internal" : "unavailable", what + ": HTTP " + status, status,
              Effect.NOT_APPLIED, null);
        }
        return new LiveCoinsException(
            "http_" + status, what + ": HTTP " + status, status, null, Effect.NOT_APPLIED, null);
    }
  }

  @Override
  public String toString() {
    return "GiftFeed{streamId=" + streamId + ", lastEventId=" + lastEventId() + ", closed=" + isClosed() + '}';
  }
}
