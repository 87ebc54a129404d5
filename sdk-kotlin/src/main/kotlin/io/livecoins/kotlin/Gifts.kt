@file:JvmName("LiveCoinsGifts")

package io.livecoins.kotlin

import io.livecoins.errors.LiveCoinsException
import io.livecoins.gift.Gift
import io.livecoins.gift.GiftApi
import io.livecoins.gift.GiftCombo
import io.livecoins.gift.GiftComboListener
import io.livecoins.gift.GiftComboStats
import io.livecoins.gift.GiftEvent
import io.livecoins.gift.GiftEventListener
import io.livecoins.gift.GiftFeed
import io.livecoins.gift.SendGiftResult
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow
import kotlinx.coroutines.flow.consumeAsFlow
import kotlinx.coroutines.flow.flow

/**
 * The live gift feed of [streamId] as a cold [Flow]: collecting it opens the feed
 * ([GiftApi.events]), stopping collection (cancellation, `take(n)`, `first()`, an exception) closes
 * it and its connection at once.
 *
 * The flow remembers the id of the last event it handed to a collector: collecting it again resumes
 * right after that event (`Last-Event-ID`), so a screen that stops collecting in `onStop` and starts
 * again in `onStart` misses nothing and sees nothing twice. Pass [lastEventId] (an id saved from
 * [GiftEvent.id]) to resume after an app restart; null starts with the events from now on.
 *
 * While collected, the feed reconnects by itself after network failures (backoff, `Last-Event-ID`) and
 * the flow carries on. A failure the feed does not retry (an expired session that cannot be refreshed,
 * a forbidden stream) fails the flow with that [LiveCoinsException]. Events are buffered for a slow
 * collector, in order, each once.
 *
 * ```
 * screenScope.launch {
 *   client.gifts().events("stream-carol").collect { showGiftAnimation(it) }
 * }
 * ```
 *
 * @throws IllegalArgumentException if [streamId] is blank (when the flow is created)
 */
public fun GiftApi.events(streamId: String, lastEventId: String? = null): Flow<GiftEvent> {
  require(streamId.isNotBlank()) { "streamId is blank" }
  val api = this
  val resumePoint = ResumePoint(lastEventId)
  return flow {
    val events =
      callbackFlow {
        val feed =
          openFeed(
            api,
            streamId,
            resumePoint.lastEventId,
            object : GiftEventListener {
              override fun onEvent(event: GiftEvent) {
                trySend(event)
              }

              override fun onError(error: LiveCoinsException, willReconnect: Boolean) {
                if (!willReconnect) close(error)
              }
            },
          )
        awaitClose { feed.close() }
      }
    events.buffer(Channel.UNLIMITED).collect { event ->
      // Handed over from here on: a re-collection resumes after it even if the collector stops
      // while handling it (take(1), first()).
      resumePoint.lastEventId = event.id()
      emit(event)
    }
  }
}

/** Where a re-collected feed flow resumes. */
private class ResumePoint(@Volatile var lastEventId: String?)

/** Opens the feed, resuming after [lastEventId] when there is one. */
private fun openFeed(
  api: GiftApi,
  streamId: String,
  lastEventId: String?,
  listener: GiftEventListener,
): GiftFeed =
  api.events(streamId, lastEventId, listener)

/** What happened to a [ProgressGiftCombo]'s batches: see [ProgressGiftCombo.progress]. */
public sealed class ComboProgress {
  /** A batch of `result.receipt().quantity()` taps was sent and paid. */
  public class BatchSent(
    /** The server's answer for the batch: its receipt and the sender's balance after it. */
    public val result: SendGiftResult,
  ) : ComboProgress() {
    /** A debugging form naming the result; never a token. */
    override fun toString(): String = "BatchSent($result)"
  }

  /**
   * A batch of [quantity] taps failed after the client's retries; [error]'s effect says whether it may
   * have been charged. The combo accepts no further taps: [Finished] follows.
   */
  public class BatchFailed(
    /** How many taps the failed batch carried (at least 1). */
    public val quantity: Int,
    /** Why it failed; its effect says whether the batch may have been charged. */
    public val error: LiveCoinsException,
  ) : ComboProgress() {
    /** A debugging form naming the quantity and the error; never a token. */
    override fun toString(): String = "BatchFailed(quantity=$quantity, error=$error)"
  }

  /** The combo is closed and its last batch is done; [stats] are final. Always the last element. */
  public class Finished(
    /** The combo's final totals: taps accepted and refused, quantities sent, failed and unknown, coins spent. */
    public val stats: GiftComboStats,
  ) : ComboProgress() {
    /** A debugging form naming the final stats. */
    override fun toString(): String = "Finished($stats)"
  }
}

/**
 * A [GiftCombo] whose batch outcomes are a [Flow] ([progress]) and whose end can be awaited ([finish]),
 * instead of a [GiftComboListener]. Obtain from [GiftApi.comboWithProgress]. Thread-safe, like
 * [GiftCombo]: [tap] never blocks.
 */
public interface ProgressGiftCombo : GiftCombo {
  /**
   * Every [ComboProgress.BatchSent] and [ComboProgress.BatchFailed], in order, then one
   * [ComboProgress.Finished], after which the flow completes. Outcomes are buffered from the start,
   * so none is lost before collection begins. Collect it once: a second collection fails with
   * [IllegalStateException]. Stopping the collection does not close the combo.
   */
  public val progress: Flow<ComboProgress>

  /**
   * Stops accepting taps, sends the taps collected so far ([GiftCombo.closeAsync]) and suspends until
   * the last batch is done; returns the final counters. Never blocks a thread, so it is safe on
   * Android's main thread. Cancelling the waiting coroutine does not stop the combo from finishing.
   * Failures are reported by [progress] (and counted in the stats), never thrown here.
   */
  public suspend fun finish(): GiftComboStats
}

// Private, so that Java code cannot construct one around its own channel (an `internal` constructor
// is public in bytecode).
private class RealProgressGiftCombo(
  private val combo: GiftCombo,
  private val outcomes: Channel<ComboProgress>,
  private val finished: CompletableDeferred<GiftComboStats>,
) : ProgressGiftCombo, GiftCombo by combo {
  override val progress: Flow<ComboProgress> = outcomes.consumeAsFlow()

  override suspend fun finish(): GiftComboStats {
    combo.closeAsync()
    return finished.await()
  }

  /** The underlying [GiftCombo]'s debugging form. */
  override fun toString(): String = combo.toString()
}

/**
 * Starts a combo of taps on [gift] (see [GiftCombo]) whose outcomes arrive as [ProgressGiftCombo.progress].
 *
 * ```
 * val combo = client.gifts().comboWithProgress(rose, "carol", "stream-carol")
 * scope.launch { combo.progress.collect { if (it is ComboProgress.BatchFailed) showError(it.error) } }
 * button.setOnClickListener { if (!combo.tap()) showTopUpPrompt() }
 * // when the user leaves the gift panel:
 * scope.launch { val stats = combo.finish() }
 * ```
 *
 * @throws IllegalArgumentException if an id is blank
 */
public fun GiftApi.comboWithProgress(gift: Gift, recipientId: String, streamId: String): ProgressGiftCombo {
  val outcomes = Channel<ComboProgress>(Channel.UNLIMITED)
  val finished = CompletableDeferred<GiftComboStats>()
  val combo =
    combo(
      gift,
      recipientId,
      streamId,
      object : GiftComboListener {
        override fun onBatchSent(combo: GiftCombo, result: SendGiftResult) {
          outcomes.trySend(ComboProgress.BatchSent(result))
        }

        override fun onBatchFailed(combo: GiftCombo, quantity: Int, error: LiveCoinsException) {
          outcomes.trySend(ComboProgress.BatchFailed(quantity, error))
        }

        override fun onFinished(combo: GiftCombo, stats: GiftComboStats) {
          outcomes.trySend(ComboProgress.Finished(stats))
          outcomes.close()
          finished.complete(stats)
        }
      },
    )
  return RealProgressGiftCombo(combo, outcomes, finished)
}
