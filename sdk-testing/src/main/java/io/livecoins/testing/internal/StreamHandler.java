package io.livecoins.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-stream leaderboard and the SSE gift feed. */
final class StreamHandler {
  private final MockState state;

  StreamHandler(MockState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/v1/streams/{id}/leaderboard", this::leaderboard);
    router.add("GET", "/v1/streams/{id}/events", this::events);
  }

  private String stream(Call call) {
    String id = call.pathParam("id");
    if (state.streamOwner(id) == null) {
      throw ApiException.notFound("stream", "No stream " + id + ".");
    }
    return id;
  }

  private ApiResponse leaderboard(Call call) {
    String streamId = stream(call);
    int limit = call.queryInt("limit", 1, 100, 10);
    return state.locked(() -> {
      Map<String, Long> totals = new LinkedHashMap<>();
      for (MockState.Receipt r : state.receipts()) {
        if (r.streamId().equals(streamId)) {
          totals.merge(r.senderId(), r.coins(), Math::addExact);
        }
      }
      List<Map.Entry<String, Long>> sorted = new ArrayList<>(totals.entrySet());
      sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      List<Object> entries = new ArrayList<>();
      for (int i = 0; i < Math.min(limit, sorted.size()); i++) {
        entries.add(Maps.of("rank", (long) i + 1, "userId", sorted.get(i).getKey(),
            "coins", sorted.get(i).getValue()));
      }
      return ApiResponse.ok(Maps.of("streamId", streamId, "entries", entries));
    });
  }

  private ApiResponse events(Call call) {
    String streamId = stream(call);
    String last = call.header("Last-Event-ID");
    long latest = state.streams().latest();
    long known = StreamHub.sequenceOf(last);
    // An id we do not know is not an error: the feed then starts with live events.
    long after = known >= 0 && known <= latest ? known : latest;
    return ApiResponse.stream(new SseBody(state.streams(), streamId, after));
  }
}
