package io.livecoins.gift;

import static io.livecoins.gift.GiftFixtures.eventJson;
import static io.livecoins.gift.GiftFixtures.sse;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.test.MockServers;
import io.livecoins.test.RecordingSleeper;
import io.livecoins.testlog.CapturedLogs;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An id a server sends is quoted in the SDK's log lines: one holding a line break or a terminal
 * escape is a malformed answer, never a forged log line.
 */
final class GiftFeedHostileIdTest {
  private final MockWebServer server = MockServers.startLoopback();
  private final ExecutorService dispatcher = Executors.newCachedThreadPool();

  @AfterEach
  void tearDown() {
    server.close();
    dispatcher.shutdownNow();
  }

  @Test
  void anEventIdWithALineBreakIsSkippedAsMalformedAndForgesNoLogLine() throws Exception {
    String forged = "evt_1\\r\\nINFO io.livecoins FAKE LOG LINE\\u001b[2J";
    server.enqueue(sse(
        "id: 1\nevent: gift\ndata: " + eventJson(forged, "rose", "2026-11-25T10:00:01Z", null) + "\n\n",
        "id: 2\nevent: gift\ndata: " + eventJson(forged, "rose", "2026-11-25T10:00:02Z", null) + "\n\n",
        "id: 3\nevent: gift\ndata: " + eventJson("evt_3", "rose", "2026-11-25T10:00:03Z", null) + "\n\n"));
    BlockingQueue<String> delivered = new LinkedBlockingQueue<>();

    try (CapturedLogs logs = CapturedLogs.start();
        GiftFeed feed = GiftFixtures.client(server, dispatcher).sleeper(new RecordingSleeper()).build()
            .gifts().events("stream-carol", event -> delivered.add(event.id()))) {
      assertThat(delivered.poll(10, TimeUnit.SECONDS)).isEqualTo("evt_3");

      assertThat(delivered).isEmpty();
      assertThat(logs.lines()).anyMatch(line -> line.contains("skipping malformed gift event 1"));
      for (String line : logs.lines()) {
        assertThat(line).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u001b");
      }
    }
  }
}
