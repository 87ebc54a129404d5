package io.livecoins.gift;

import io.livecoins.internal.Strings;
import java.util.Objects;

/**
 * A gift of the catalog: what it is called, what one of it costs in coins, and the animation the
 * host app plays when it is sent. Immutable and thread-safe.
 */
public final class Gift {
  private final String id;
  private final String name;
  private final long coinCost;
  private final String animationUrl;

  /**
   * Creates a gift.
   *
   * @param id the gift id, such as {@code "rose"}
   * @param name the display name, such as {@code "Rose"}
   * @param coinCost coins one of this gift costs
   * @param animationUrl where the gift's animation is, for the host app to play
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or name is blank or the coin cost is negative
   */
  public Gift(String id, String name, long coinCost, String animationUrl) {
    this.id = Strings.requireNonBlank(id, "id");
    this.name = Strings.requireNonBlank(name, "name");
    if (coinCost < 0) throw new IllegalArgumentException("coinCost < 0: " + coinCost);
    this.coinCost = coinCost;
    this.animationUrl = Objects.requireNonNull(animationUrl, "animationUrl == null");
  }

  /** {@return the gift id, such as {@code "rose"}} */
  public String id() {
    return id;
  }

  /** {@return the display name, such as {@code "Rose"}} */
  public String name() {
    return name;
  }

  /** {@return coins one of this gift costs} */
  public long coinCost() {
    return coinCost;
  }

  /** {@return where the gift's animation is, for the host app to play} */
  public String animationUrl() {
    return animationUrl;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Gift)) return false;
    Gift that = (Gift) o;
    return coinCost == that.coinCost
        && id.equals(that.id)
        && name.equals(that.name)
        && animationUrl.equals(that.animationUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, coinCost, animationUrl);
  }

  @Override
  public String toString() {
    return "Gift{id=" + id + ", name=" + name + ", coinCost=" + coinCost + ", animationUrl="
        + animationUrl + '}';
  }
}
