package io.livecoins.gift;

import io.livecoins.internal.Strings;
import java.util.Objects;

/** One row of a stream's leaderboard of top gifters: rank, user and coins spent. Immutable. */
public final class LeaderboardEntry {
  private final int rank;
  private final String userId;
  private final long coins;

  /**
   * Creates an entry.
   *
   * @param rank 1 for the top gifter
   * @param userId the gifter
   * @param coins coins the gifter spent in the stream
   * @throws NullPointerException if the user id is null
   * @throws IllegalArgumentException if the rank is below 1, the user id blank or coins negative
   */
  public LeaderboardEntry(int rank, String userId, long coins) {
    if (rank < 1) throw new IllegalArgumentException("rank < 1: " + rank);
    if (coins < 0) throw new IllegalArgumentException("coins < 0: " + coins);
    this.rank = rank;
    this.userId = Strings.requireNonBlank(userId, "userId");
    this.coins = coins;
  }

  /** {@return 1 for the top gifter} */
  public int rank() {
    return rank;
  }

  /** {@return the gifter} */
  public String userId() {
    return userId;
  }

  /** {@return coins the gifter spent in the stream} */
  public long coins() {
    return coins;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof LeaderboardEntry)) return false;
    LeaderboardEntry that = (LeaderboardEntry) o;
    return rank == that.rank && coins == that.coins && userId.equals(that.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rank, userId, coins);
  }

  @Override
  public String toString() {
    return "LeaderboardEntry{rank=" + rank + ", userId=" + userId + ", coins=" + coins + '}';
  }
}
