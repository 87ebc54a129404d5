package io.livecoins.gift;

import io.livecoins.Call;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Gifts: the catalog, sending gifts and combos, stream leaderboards and the live gift feed. Obtain
 * from {@code LiveCoins.gifts()}.
 *
 * <pre>{@code
 * GiftApi gifts = client.gifts();
 * Gift rose = gifts.catalog("US").execute().get(0);
 * SendGiftResult sent = gifts.send(rose, "carol", "stream-carol", 1).execute();
 * }</pre>
 *
 * <p>Arguments are checked when a {@link Call} is created: bad ones throw {@link
 * NullPointerException} or {@link IllegalArgumentException} before any request. Every call fails
 * with a typed {@link io.livecoins.errors.LiveCoinsException} that says whether coins may have moved.
 * Thread-safe.
 */
public interface GiftApi {
  /** The largest quantity one send request may carry. */
  int MAX_QUANTITY = 10_000;

  /**
   * {@return the gift catalog of {@code region} (ISO 3166-1 alpha-2, such as {@code "US"})}
   * Answered from a cache while it is younger than the client's {@code giftCatalogTtl}; a {@code
   * price_changed} answer to a send empties the cache, so the next call fetches the current prices.
   *
   * @param region the catalog region, such as {@code "US"}
   * @throws NullPointerException if {@code region} is null
   * @throws IllegalArgumentException if {@code region} is not two upper-case letters
   */
  Call<List<Gift>> catalog(String region);

  /**
   * {@return the gift catalog of the account's region, or of the region set with {@code
   * LiveCoins.Builder.region}; see {@link #catalog(String)}}
   */
  Call<List<Gift>> catalog();

  /** Empties the catalog cache: the next {@link #catalog(String)} fetches from the server. */
  void invalidateCatalog();

  /**
   * Sends {@code quantity} of {@code gift} to {@code recipientId} in {@code streamId},
   * paying the gift's {@link Gift#coinCost()} each (the server refuses with {@link
   * io.livecoins.errors.PriceChangedException} if the cost changed). The result's wallet is also
   * published to wallet listeners. The call owns one idempotency key: its retries and {@link
   * Call#clone() clones} are charged at most once.
   *
   * <p>Fails with {@link io.livecoins.errors.InsufficientCoinsException} (balance, required, shortfall
   * and the smallest package of the default region covering the shortfall), {@link
   * io.livecoins.errors.PriceChangedException}, {@link io.livecoins.errors.ForbiddenException} ({@code
   * age_restricted}), {@link io.livecoins.errors.NotFoundException} (gift, stream or creator), or any
   * other {@link io.livecoins.errors.LiveCoinsException}.
   *
   * @param gift the gift to send, from {@link #catalog(String)}: its price is the one the user saw
   * @param recipientId the creator who receives the gift
   * @param streamId the live stream the gift is sent in
   * @param quantity how many of the gift, 1..{@value #MAX_QUANTITY}
   * @return the call; nothing is sent until it is executed or enqueued
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id is blank, {@code quantity} is not 1..{@value
   *     #MAX_QUANTITY}, or {@code quantity × coinCost} overflows
   */
  Call<SendGiftResult> send(Gift gift, String recipientId, String streamId, int quantity);

  /**
   * Like {@link #send(Gift, String, String, int)} for a gift id of the default region's
   * catalog (fetched or cached first). Fails with {@link io.livecoins.errors.NotFoundException}
   * ({@code gift}) if the catalog has no such gift.
   *
   * <p>The request is frozen the first time the catalog resolves the gift, before anything is sent:
   * every retry and every {@link Call#clone() clone} of this call sends the same bytes (the same
   * expected coin cost) under the same idempotency key, whatever the catalog says by then. So a
   * clone of a send that failed with {@link io.livecoins.errors.Effect#UNKNOWN} is answered with the
   * committed result if the first attempt was charged, and charged once if it was not. After a
   * {@link io.livecoins.errors.PriceChangedException} a clone fails the same way: call {@code send}
   * again to pay the new price.
   *
   * @param giftId the id of a gift in the default region's catalog, such as {@code "rose"}
   * @param recipientId the creator who receives the gift
   * @param streamId the live stream the gift is sent in
   * @param quantity how many of the gift, 1..{@value #MAX_QUANTITY}
   * @return the call; nothing is sent until it is executed or enqueued
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id is blank or {@code quantity} is not 1..{@value
   *     #MAX_QUANTITY}
   */
  Call<SendGiftResult> send(String giftId, String recipientId, String streamId, int quantity);

  /**
   * Starts a combo of taps on {@code gift}; see {@link GiftCombo}.
   *
   * @param gift the gift each tap sends one of
   * @param recipientId the creator who receives the gifts
   * @param streamId the live stream the gifts are sent in
   * @param listener receives each batch's outcome and the final counters
   * @return the combo, open for taps until closed; close it when the user stops tapping
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id is blank
   */
  GiftCombo combo(Gift gift, String recipientId, String streamId, GiftComboListener listener);

  /**
   * Like {@link #combo(Gift, String, String, GiftComboListener)} without a listener.
   *
   * @param gift the gift each tap sends one of
   * @param recipientId the creator who receives the gifts
   * @param streamId the live stream the gifts are sent in
   * @return the combo, open for taps until closed
   */
  GiftCombo combo(Gift gift, String recipientId, String streamId);

  /**
   * {@return the top {@code limit} gifters of {@code streamId} by coins spent, best first}
   *
   * @param streamId the live stream
   * @param limit how many entries at most, 1..100
   * @throws NullPointerException if {@code streamId} is null
   * @throws IllegalArgumentException if {@code streamId} is blank or {@code limit} is not 1..100
   */
  Call<List<LeaderboardEntry>> leaderboard(String streamId, int limit);

  /**
   * Subscribes to the live gift feed of {@code streamId} (server-sent events). Events
   * arrive on the client's callback executor, in order, each once, across reconnects (backoff 0.5 s
   * doubling to 5 s, resuming with {@code Last-Event-ID}), until the returned feed is closed. A
   * malformed event is skipped and logged. The connection is opened on the client's dispatcher; a
   * transport that cannot stream events stops the feed with {@code onError} (code {@code
   * "unsupported"}).
   *
   * @param streamId the live stream to follow
   * @param listener receives the events, connection changes and errors
   * @return the running feed; close it to unsubscribe
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code streamId} is blank
   */
  GiftFeed events(String streamId, GiftEventListener listener);

  /**
   * Like {@link #events(String, GiftEventListener)}, but resumes after {@code
   * lastEventId}: the id of the last event the app processed, saved from {@link
   * GiftFeed#lastEventId()} (for example before the app was stopped). The server replays what came
   * after it, so nothing is missed after an app restart; an id the server no longer knows starts
   * the feed live. Null starts live.
   *
   * @param streamId the live stream to follow
   * @param lastEventId the id of the last event already delivered (from {@link
   *     GiftFeed#lastEventId()}), or null to start live
   * @param listener receives the events, connection changes and errors
   * @return the running feed; close it to unsubscribe
   * @throws NullPointerException if {@code streamId} or {@code listener} is null
   * @throws IllegalArgumentException if {@code streamId} is blank, or {@code lastEventId} is empty
   *     or contains CR, LF or NUL (no server sends such an id)
   */
  GiftFeed events(String streamId, @Nullable String lastEventId, GiftEventListener listener);
}
