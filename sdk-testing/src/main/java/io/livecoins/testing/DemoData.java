package io.livecoins.testing;

/**
 * The stable demo seed: user ids, bearer tokens and stream ids (documented in {@code docs/testing.md}).
 */
public final class DemoData {
  private DemoData() {}

  /** Viewer, US, 0 coins. */
  public static final String ALICE = "alice";
  /** Bearer token of {@link #ALICE}. */
  public static final String ALICE_TOKEN = "demo-token-alice";
  /** Viewer, US, 1000 coins. */
  public static final String BOB = "bob";
  /** Bearer token of {@link #BOB}. */
  public static final String BOB_TOKEN = "demo-token-bob";
  /** Viewer, US, under 18 (buying coins and gifts refused with {@code age_restricted}). */
  public static final String MINNIE = "minnie";
  /** Bearer token of {@link #MINNIE}. */
  public static final String MINNIE_TOKEN = "demo-token-minnie";
  /** Creator, US, 0 coins, 10000 diamonds, hosts {@link #CAROL_STREAM}. */
  public static final String CAROL = "carol";
  /** Bearer token of {@link #CAROL}. */
  public static final String CAROL_TOKEN = "demo-token-carol";
  /** Carol's stream. */
  public static final String CAROL_STREAM = "stream-carol";
  /** Creator, JP, hosts {@link #DAVE_STREAM}. */
  public static final String DAVE = "dave";
  /** Bearer token of {@link #DAVE}. */
  public static final String DAVE_TOKEN = "demo-token-dave";
  /** Dave's stream. */
  public static final String DAVE_STREAM = "stream-dave";

  /** {@return the demo users in a stable order} */
  public static java.util.List<MockUser> users() {
    return java.util.List.of(
        MockUser.viewer(ALICE, ALICE_TOKEN).region("US").build(),
        MockUser.viewer(BOB, BOB_TOKEN).region("US").coins(1000).build(),
        MockUser.viewer(MINNIE, MINNIE_TOKEN).region("US").ageRestricted(true).build(),
        MockUser.creator(CAROL, CAROL_TOKEN, CAROL_STREAM).region("US").diamonds(10000).build(),
        MockUser.creator(DAVE, DAVE_TOKEN, DAVE_STREAM).region("JP").build());
  }
}
