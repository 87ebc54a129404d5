package io.livecoins.internal.wire;

import com.squareup.moshi.JsonDataException;
import io.livecoins.gift.LeaderboardEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire form of a stream leaderboard: {@code {streamId, entries: [{rank, userId, coins}]}}. */
public final class LeaderboardDto {
  public @Nullable String streamId;
  public @Nullable List<@Nullable Entry> entries;

  /** One {@code LeaderboardEntry}. */
  public static final class Entry {
    public @Nullable Integer rank;
    public @Nullable String userId;
    public @Nullable Long coins;
  }

  /**
   * Maps to an unmodifiable list of validated entries.
   *
   * @param expectedStreamId the stream asked for: a board of another stream is a misrouted answer
   *     (an older server that leaves {@code streamId} out is trusted)
   * @throws com.squareup.moshi.JsonDataException if a field is missing or null, or the board is
   *     another stream's
   * @throws IllegalArgumentException if an entry is invalid
   */
  public List<LeaderboardEntry> toEntries(String expectedStreamId) {
    if (streamId != null && !streamId.equals(expectedStreamId)) {
      throw new JsonDataException(
          "leaderboard of stream " + streamId + ", asked for " + expectedStreamId);
    }
    List<Entry> items = Wire.requireList(entries, "entries");
    List<LeaderboardEntry> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Entry e = items.get(i);
      String path = "entries[" + i + "]";
      result.add(
          new LeaderboardEntry(
              Wire.require(e.rank, path + ".rank"),
              Wire.require(e.userId, path + ".userId"),
              Wire.require(e.coins, path + ".coins")));
    }
    return Collections.unmodifiableList(result);
  }
}
