package io.livecoins.testing.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * The {@code text/event-stream} body of {@code GET /v1/streams/{id}/events}: unknown length; replays the
 * events after {@code Last-Event-ID}, then writes and flushes each new event as it is published, with a
 * {@code : ping} comment every heartbeat. Ends when the hub closes (server shutdown) or when a write fails
 * (the client went away; detected at the latest one heartbeat later).
 */
public final class SseBody implements MockResponseBody {
  /** The comment frame that opens every stream (and flushes the headers to the client). */
  public static final String FIRST_FRAME = ": connected\n\n";

  private final StreamHub hub;
  private final String streamId;
  private final long after;

  public SseBody(StreamHub hub, String streamId, long after) {
    this.hub = hub;
    this.streamId = streamId;
    this.after = after;
  }

  @Override
  public long getContentLength() {
    return -1L;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    hub.subscriberOpened();
    try {
      sink.writeUtf8(FIRST_FRAME);
      sink.flush();
      long cursor = after;
      while (true) {
        List<StreamHub.Event> events;
        try {
          events = hub.await(streamId, cursor);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted");
        }
        if (events == null) {
          return;
        }
        if (events.isEmpty()) {
          sink.writeUtf8(": ping\n\n");
        }
        for (StreamHub.Event e : events) {
          sink.writeUtf8("id: ").writeUtf8(StreamHub.eventId(e.sequence())).writeUtf8("\n")
              .writeUtf8("event: gift\n")
              .writeUtf8("data: ").writeUtf8(e.json()).writeUtf8("\n\n");
          cursor = e.sequence();
        }
        sink.flush();
      }
    } finally {
      hub.subscriberClosed();
    }
  }
}
