package io.livecoins.internal.gift;

import io.livecoins.errors.Effect;
import io.livecoins.errors.ErrorContext;
import io.livecoins.errors.LiveCoinsException;
import io.livecoins.errors.MalformedResponseException;
import io.livecoins.errors.NetworkException;
import io.livecoins.gift.GiftEvent;
import io.livecoins.gift.GiftEventListener;
import io.livecoins.gift.GiftFeed;
import io.livecoins.internal.Redactor;
import io.livecoins.internal.http.ApiClient;
import io.livecoins.internal.http.AuthStage;
import io.livecoins.internal.http.RetryStage;
import io.livecoins.internal.http.Urls;
import io.livecoins.internal.wire.GiftEventDto;
import io.livecoins.transport.EventStream;
import io.livecoins.transport.HttpRequest;
import io.livecoins.transport.HttpResponse;
import io.livecoins.transport.ResponseTooLargeException;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The live gift feed of one stream over server-sent events. One connection at a time, each opened
 * through the client's pipeline stages (auth with one refresh on 401, the transport, error mapping;
 * the retry stage's classifier and backoff decide whether and when to reconnect). The resume point
 * ({@code Last-Event-ID}) moves only when a new gift event is accepted, so it never moves back.
 * Deliveries are queued and run one at a time on the callback executor, in order. All state is
 * guarded by {@code lock}; no thread of the feed's own outlives {@link #close()}. {@link
 * #lastEventId()} (what an app saves) moves when the listener gets an event, so an event still queued
 * when the feed is closed is replayed by a feed resumed from it.
 */
final class RealGiftFeed implements GiftFeed {
  /** How many delivered event ids are remembered exactly. */
  static final int REMEMBERED_IDS = 4096;

  private final ApiClient api;
  private final String streamId;
  private final String path;
  private final GiftEventListener listener;
  private final Object lock = new Object();

  private boolean closed; // by the app: drop everything not yet delivered
  private boolean stopped; // by a non-retryable failure: deliver what is queued, then nothing
  private @Nullable String resumeId; // the last event accepted (queued): where a reconnect resumes
  private @Nullable String lastEventId; // the last event handed to the listener: what an app may save
  private @Nullable EventStream stream;
  private @Nullable Connection opening; // the connection whose answer a dispatcher thread awaits
  private @Nullable Thread sleeping; // the dispatcher thread waiting out a backoff
  private int connection; // number of the current connection; callbacks of older ones are ignored
  private int failures; // consecutive connections that delivered nothing, for the backoff
  private final ArrayDeque<Runnable> deliveries = new ArrayDeque<>();
  private boolean draining;
  private final Dedup dedup = new Dedup();

  RealGiftFeed(ApiClient api, String streamId, @Nullable String resumeAfter, GiftEventListener listener) {
    this.api = api;
    this.streamId = streamId;
    this.path = "/v1/streams/" + Urls.pathSegment(streamId) + "/events";
    this.listener = listener;
    this.resumeId = resumeAfter;
    this.lastEventId = resumeAfter;
    // The event resumed after was delivered (in an earlier life): a server that replays from it,
    // inclusive, must not show it twice. Instant.MIN keeps it from raising the floor.
    if (resumeAfter != null) dedup.firstTime(resumeAfter, Instant.MIN);
  }

  /**
   * Checks a saved event id: null, or a non-empty string without CR, LF or NUL.
   *
   * @throws IllegalArgumentException if {@code id} cannot be an event id
   */
  static void checkEventId(@Nullable String id) {
    if (id == null) return;
    if (id.isEmpty()) throw new IllegalArgumentException("lastEventId is empty");
    if (!isEventId(id)) throw new IllegalArgumentException("lastEventId contains CR, LF or NUL");
  }

  /** Whether {@code id} can be sent back as {@code Last-Event-ID} (and passed back to the API). */
  private static boolean isEventId(@Nullable String id) {
    if (id == null || id.isEmpty()) return false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u0000') return false;
    }
    return true;
  }

  /** Connects on the dispatcher: the token provider is never called on the caller's (UI) thread. */
  void start() {
    schedule(0);
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
    Connection waiting;
    synchronized (lock) {
      if (closed) return;
      closed = true;
      deliveries.clear();
      current = stream;
      stream = null;
      waiting = opening;
      opening = null;
      if (sleeping != null) sleeping.interrupt();
    }
    if (current != null) current.close();
    if (waiting != null) waiting.answered.countDown();
  }

  /** Runs one connection attempt on the dispatcher after {@code delayMillis}. */
  private void schedule(long delayMillis) {
    try {
      api.dispatcher().execute(() -> {
        if (delayMillis > 0 && !sleep(delayMillis)) return;
        connect();
      });
    } catch (RejectedExecutionException e) { // the host (or LiveCoins.close()) shut it down
      stop(-1, new LiveCoinsException(
          ErrorContext.builder()
              .code("client_error")
              .message("gift feed: the dispatcher rejected the connection")
              .build(),
          e));
    }
  }

  /** Waits out a backoff; false if the feed was closed meanwhile. */
  private boolean sleep(long millis) {
    synchronized (lock) {
      if (closed || stopped) return false;
      sleeping = Thread.currentThread();
    }
    try {
      api.sleeper().sleep(Duration.ofMillis(millis));
    } catch (InterruptedException e) {
      // close() interrupted us, or the host is shutting the dispatcher down
    } finally {
      synchronized (lock) {
        sleeping = null;
        Thread.interrupted(); // never leak our interrupt into the pool's next task
      }
    }
    synchronized (lock) {
      return !closed && !stopped;
    }
  }

  /** One connection attempt through the pipeline stages; on failure, reconnects or stops. */
  private void connect() {
    int number;
    String resumeAfter;
    synchronized (lock) {
      if (closed || stopped) return;
      number = ++connection;
      resumeAfter = resumeId;
    }
    LiveCoinsException failure;
    try {
      failure = open(number, resumeAfter);
    } catch (LiveCoinsException e) { // the token provider failed
      failure = e;
    } catch (RuntimeException e) { // a transport or provider bug: report it, never die silently
      failure = new LiveCoinsException(
          ErrorContext.builder()
              .code("client_error")
              .message("gift feed of " + streamId + ": " + Redactor.redact(String.valueOf(e)))
              .build(),
          e);
    }
    if (failure != null) failed(number, failure, false);
  }

  /**
   * Opens connection {@code number}: auth stage, the transport, then the first answer mapped like
   * any call's. Returns null once the stream is open (or the feed closed), else the typed failure.
   */
  private @Nullable LiveCoinsException open(int number, @Nullable String resumeAfter) {
    AuthStage auth = api.newAuthStage();
    while (true) {
      HttpRequest request = api.eventStreamRequest(path, auth.token(), resumeAfter);
      RealGiftApi.log.debug("--> GET {} (gift feed, Last-Event-ID {})", path, resumeAfter);
      Connection attempt = new Connection(number);
      EventStream opened;
      try {
        opened = api.transport().newEventStream(request, attempt);
      } catch (UnsupportedOperationException e) {
        return new LiveCoinsException(
            ErrorContext.builder()
                .code("unsupported")
                .message("the transport cannot stream events: " + e.getMessage())
                .build(),
            e);
      }
      synchronized (lock) {
        if (closed || stopped || number != connection) {
          opened.close();
          return null;
        }
        stream = opened;
        opening = attempt;
      }
      long timeoutMillis = api.retryPolicy().callTimeout().toMillis();
      boolean timedOut = false;
      try {
        // Bounded like a call: a server that accepts and never answers must not hold the feed forever.
        if (!attempt.answered.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
          synchronized (lock) {
            timedOut = !attempt.opened && !attempt.ended;
            if (timedOut) attempt.ended = true; // its late callbacks are ignored
          }
          if (!timedOut) attempt.answered.await(); // the answer arrived meanwhile: it is being recorded
        }
      } catch (InterruptedException e) { // the host is shutting the dispatcher down
        Thread.currentThread().interrupt();
        opened.close();
        return new NetworkException(
            ErrorContext.of("gift feed of " + streamId + ": interrupted while connecting", Effect.NOT_APPLIED),
            e);
      } finally {
        synchronized (lock) {
          if (opening == attempt) opening = null;
          if (timedOut && stream == opened) stream = null;
        }
      }
      if (timedOut) {
        opened.close();
        return new NetworkException(
            ErrorContext.of(
                "gift feed of " + streamId + ": no answer within " + timeoutMillis + " ms",
                Effect.NOT_APPLIED),
            new SocketTimeoutException());
      }
      synchronized (lock) {
        if (closed || stopped) return null;
      }
      if (attempt.opened) return null;
      HttpResponse response = attempt.response;
      if (response != null) {
        if (response.code() == 401 && auth.refreshOnce(Effect.NOT_APPLIED)) {
          synchronized (lock) {
            if (stream == opened) stream = null;
          }
          continue; // the refresh is not a retry
        }
        return api.mapError(response, auth.token());
      }
      return describe(attempt.error, attempt.status);
    }
  }

  /**
   * Connection {@code number} failed. A failure while opening is classified by the retry stage; a
   * connection that was open is always reopened. Reconnects use the retry stage's stream backoff,
   * growing while connections deliver nothing and at least what a 429's {@code Retry-After} asks.
   */
  private void failed(int number, LiveCoinsException error, boolean afterOpen) {
    if (!afterOpen && !RetryStage.isRetryable(error)) {
      stop(number, error);
      return;
    }
    long delay;
    synchronized (lock) {
      if (closed || stopped || number != connection) return;
      stream = null;
      failures++;
      delay = api.retry().streamDelayMillis(error, failures);
    }
    RealGiftApi.log.debug(
        "gift feed {} reconnecting in {} ms: {}", streamId, delay, error.getMessage());
    deliver(() -> listener.onError(error, true));
    schedule(delay);
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

  /** Queues {@code delivery} for the callback executor; runs queued deliveries one at a time. */
  private void deliver(Runnable delivery) {
    boolean startDrain;
    synchronized (lock) {
      if (closed) return;
      deliveries.add(delivery);
      startDrain = !draining;
      draining = true;
    }
    if (!startDrain) return;
    try {
      api.callbackExecutor().execute(this::drain);
    } catch (RejectedExecutionException e) {
      synchronized (lock) {
        draining = false;
        deliveries.clear();
      }
      RealGiftApi.log.warn("gift feed {}: callback executor rejected a delivery", streamId);
    }
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
    final CountDownLatch answered = new CountDownLatch(1);
    // Written before answered.countDown(), read after await().
    volatile boolean opened;
    volatile @Nullable HttpResponse response;
    volatile @Nullable Throwable error;
    volatile int status;
    private boolean ended; // guarded by lock
    private boolean deliveredFrame; // guarded by lock

    Connection(int number) {
      this.number = number;
    }

    private boolean current() {
      return !closed && !stopped && !ended && number == connection;
    }

    @Override
    public void onOpen() {
      synchronized (lock) {
        if (!current()) return;
        opened = true;
      }
      answered.countDown();
      RealGiftApi.log.debug("<-- gift feed {} open", streamId);
      deliver(listener::onConnected);
    }

    @Override
    public void onEvent(@Nullable String id, @Nullable String type, String data) {
      GiftEvent event;
      String delivered;
      synchronized (lock) {
        if (!current()) return;
        if (!deliveredFrame) {
          deliveredFrame = true;
          failures = 0; // this connection works: the backoff starts over
        }
        if (type != null && !type.equals("gift")) return; // other event types: not ours
        try {
          event = api.json().decode(data.getBytes(StandardCharsets.UTF_8), GiftEventDto.class).toEvent();
        } catch (IOException | RuntimeException e) {
          RealGiftApi.log.warn(
              "skipping malformed gift event {}: {}", Redactor.redact(String.valueOf(id)),
              Redactor.redact(String.valueOf(e.getMessage())));
          return;
        }
        if (!event.streamId().equals(streamId)) { // a server mixing up its streams: as malformed
          RealGiftApi.log.warn(
              "skipping malformed gift event {}: {}", Redactor.redact(String.valueOf(id)), "another stream");
          return;
        }
        if (!dedup.firstTime(event.id(), event.createdAt())) {
          RealGiftApi.log.debug("skipping gift event {} delivered before", event.id());
          return;
        }
        // Only ever moves forward. An empty SSE id (a reset) falls back to the event's id; an id that
        // cannot be sent back as a header (CR, LF, NUL) leaves the resume point where it was.
        String resume = id != null && !id.isEmpty() ? id : event.id();
        if (isEventId(resume)) resumeId = resume;
        delivered = resumeId;
      }
      deliver(() -> {
        synchronized (lock) { // lastEventId() covers an event once the listener gets it, not before:
          lastEventId = delivered; // one that close() dropped from the queue is replayed next time
        }
        listener.onEvent(event);
      });
    }

    @Override
    public void onClosed() {
      if (!end()) return;
      failed(number, new NetworkException(
          ErrorContext.of("gift feed of " + streamId + " ended by the server", Effect.NOT_APPLIED),
          new EOFException("stream ended")), true);
    }

    @Override
    public void onFailure(@Nullable Throwable error, int httpStatus) {
      boolean wasOpen = opened;
      if (!wasOpen && httpStatus >= 100 && httpStatus <= 599 && httpStatus != 200) {
        // A transport that reports only the status: map it like an answer without a body.
        onFailure(new HttpResponse(httpStatus, Collections.<String, String>emptyMap(), new byte[0]));
        return;
      }
      if (!end()) return;
      if (!wasOpen) {
        this.error = error;
        this.status = httpStatus;
        answered.countDown();
        return;
      }
      failed(number, describe(error, httpStatus), true);
    }

    @Override
    public void onFailure(HttpResponse response) {
      if (!end()) return;
      this.response = response;
      answered.countDown();
    }

    /** Marks this connection ended; false if it was not current (a stale or duplicate callback). */
    private boolean end() {
      synchronized (lock) {
        if (!current()) {
          answered.countDown();
          return false;
        }
        ended = true;
        return true;
      }
    }
  }

  /** A failure without an HTTP answer to map: an I/O error, or a 200 that is not a usable stream. */
  private LiveCoinsException describe(@Nullable Throwable error, int status) {
    String what = "gift feed of " + streamId;
    if (error instanceof ResponseTooLargeException) {
      return new MalformedResponseException(
          ErrorContext.builder()
              .message(what + ": " + error.getMessage() + " (a line or event over the size limit)")
              .httpStatus(200)
              .build(),
          error);
    }
    if (status != 0) {
      return new MalformedResponseException(
          ErrorContext.builder()
              .message(what + ": not an event stream: "
                  + (error == null ? "HTTP " + status : Redactor.redact(String.valueOf(error.getMessage()))))
              .httpStatus(status >= 100 && status <= 599 ? status : 0)
              .build(),
          error);
    }
    return new NetworkException(
        ErrorContext.of(
            what + ": " + (error == null ? "connection failed" : Redactor.redact(String.valueOf(error))),
            Effect.NOT_APPLIED),
        error == null ? new IOException("connection failed") : error);
  }

  /**
   * Remembers delivered events so that each is delivered once, whatever a server re-sends. The last
   * {@link #REMEMBERED_IDS} ids are kept exactly; for older ones the feed keeps a floor: the oldest
   * {@code createdAt} of the remembered events when the eldest is forgotten, never lowered (with the
   * ids forgotten at exactly that instant). An unknown event created before the floor is an old event
   * sent again (ids come in delivery order), so it is dropped instead of being delivered twice or
   * moving the resume point back. Taking the window's oldest instant, not the forgotten event's, keeps
   * events stamped by a clock far ahead from raising the floor over the events after them.
   */
  static final class Dedup {
    private final Map<String, Instant> recent = new LinkedHashMap<>();
    // The remembered events' createdAt minima, ascending: the head is the window's oldest instant.
    private final ArrayDeque<Instant> minima = new ArrayDeque<>();
    private @Nullable Instant floor;
    private final LinkedHashSet<String> atFloor = new LinkedHashSet<>();

    /** Records the event and returns true if it was not delivered before. */
    boolean firstTime(String id, Instant createdAt) {
      if (recent.containsKey(id)) return false;
      Instant f = floor;
      if (f != null) {
        int c = createdAt.compareTo(f);
        if (c < 0 || (c == 0 && atFloor.contains(id))) return false;
      }
      recent.put(id, createdAt);
      while (!minima.isEmpty() && minima.peekLast().isAfter(createdAt)) minima.pollLast();
      minima.addLast(createdAt);
      if (recent.size() > REMEMBERED_IDS) {
        Iterator<Map.Entry<String, Instant>> eldest = recent.entrySet().iterator();
        Map.Entry<String, Instant> forgotten = eldest.next();
        eldest.remove();
        Instant oldest = minima.peekFirst(); // of the window with the forgotten event
        if (oldest.equals(forgotten.getValue())) minima.pollFirst();
        forget(forgotten.getKey(), forgotten.getValue(), oldest);
      }
      return true;
    }

    private void forget(String id, Instant createdAt, Instant bound) {
      Instant f = floor;
      if (f == null || bound.isAfter(f)) {
        floor = bound;
        atFloor.clear();
        if (createdAt.equals(bound)) atFloor.add(id);
      } else if (createdAt.equals(f)) {
        atFloor.add(id);
        if (atFloor.size() > REMEMBERED_IDS) {
          Iterator<String> oldest = atFloor.iterator();
          oldest.next();
          oldest.remove();
        }
      }
    }
  }

  @Override
  public String toString() {
    return "GiftFeed{streamId=" + streamId + ", lastEventId=" + lastEventId() + ", closed=" + isClosed() + '}';
  }
}
