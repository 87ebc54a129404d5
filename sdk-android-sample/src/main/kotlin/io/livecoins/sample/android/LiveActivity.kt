package io.livecoins.sample.android

import android.app.Activity
import android.graphics.Typeface
import android.os.Bundle
import android.widget.Button
import android.widget.LinearLayout
import android.widget.ScrollView
import android.widget.TextView
import io.livecoins.LiveCoins
import io.livecoins.errors.LiveCoinsException
import io.livecoins.gift.GiftEvent
import io.livecoins.kotlin.await
import io.livecoins.kotlin.events
import io.livecoins.kotlin.updates
import java.util.Locale
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.cancel
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.launch

/**
 * The live-stream screen, written in Kotlin with `io.livecoins:sdk-kotlin`: the balance
 * (`wallet().updates()`), the live gift feed of [MainActivity.STREAM_ID] (`gifts().events(...)`) and
 * a "Send a rose" button (`send(...).await()`), with no callbacks and no listeners to unregister.
 *
 * Lifecycle, without AndroidX: one [CoroutineScope] per Activity, on the main thread (the client's
 * callback executor as a dispatcher), cancelled in [onDestroy], which cancels its calls and closes
 * its feed. The feed is collected between [onStart] and [onStop] only; collecting the same flow
 * again resumes after the last event shown, and the last event id survives `recreate()` in the
 * instance state.
 */
class LiveActivity : Activity() {
  // Views (public for the tests, which are in Java).
  lateinit var balanceView: TextView
    private set
  lateinit var statusView: TextView
    private set
  lateinit var feedView: TextView
    private set
  lateinit var sendButton: Button
    private set

  private lateinit var client: LiveCoins
  private lateinit var scope: CoroutineScope
  private lateinit var feed: Flow<GiftEvent>
  private var feedJob: Job? = null
  private var lastEventId: String? = null
  private val feedLines = ArrayList<String>()

  override fun onCreate(savedInstanceState: Bundle?) {
    super.onCreate(savedInstanceState)
    client = (application as SampleApp).client()
    scope = CoroutineScope(SupervisorJob() + client.callbackExecutor().asCoroutineDispatcher())
    lastEventId = savedInstanceState?.getString(STATE_LAST_EVENT_ID)
    savedInstanceState?.getStringArrayList(STATE_FEED)?.let { feedLines.addAll(it) }
    feed = client.gifts().events(MainActivity.STREAM_ID, lastEventId)
    setContentView(buildViews())
    renderFeed()

    scope.launch {
      try {
        client.wallet().updates().collect { wallet -> balanceView.text = "Coins: ${wallet.coins()}" }
      } catch (e: LiveCoinsException) {
        show(e)
      }
    }
  }

  override fun onStart() {
    super.onStart()
    feedJob =
      scope.launch {
        try {
          feed.collect { event ->
            lastEventId = event.id()
            feedLines.add(0, "${event.senderId()} sent ${event.displayLabel()}")
            while (feedLines.size > MainActivity.FEED_LINES) feedLines.removeAt(feedLines.size - 1)
            renderFeed()
          }
        } catch (e: LiveCoinsException) {
          show(e) // the feed stopped for good (it reconnects by itself otherwise)
        }
      }
  }

  override fun onStop() {
    feedJob?.cancel() // closes the feed's connection; onStart resumes after the last event
    feedJob = null
    super.onStop()
  }

  override fun onDestroy() {
    scope.cancel() // cancels every call in flight and the wallet flow: nothing runs after this
    super.onDestroy()
  }

  override fun onSaveInstanceState(out: Bundle) {
    super.onSaveInstanceState(out)
    out.putString(STATE_LAST_EVENT_ID, lastEventId)
    out.putStringArrayList(STATE_FEED, feedLines)
  }

  private fun sendRose() {
    sendButton.isEnabled = false
    statusView.text = "Sending a rose…"
    scope.launch {
      try {
        val sent = client.gifts().send("rose", MainActivity.CREATOR_ID, MainActivity.STREAM_ID, 1).await()
        statusView.text = "Sent a rose: ${sent.wallet().coins()} coins left"
      } catch (e: LiveCoinsException) {
        show(e)
      } finally {
        sendButton.isEnabled = true
      }
    }
  }

  private fun show(error: LiveCoinsException) {
    val text = Messages.forError(error, Locale.getDefault())
    statusView.text = if (text == null) "" else "${text.title}: ${text.message}"
  }

  private fun renderFeed() {
    feedView.text = if (feedLines.isEmpty()) "No gifts yet" else feedLines.joinToString("\n")
  }

  /** The feed's lines, newest first (for the tests). */
  fun feedLines(): List<String> = feedLines.toList()

  private fun buildViews(): ScrollView {
    val content = LinearLayout(this)
    content.orientation = LinearLayout.VERTICAL
    val padding = (16 * resources.displayMetrics.density).toInt()
    content.setPadding(padding, padding, padding, padding)

    val title = TextView(this)
    title.text = "Live: ${MainActivity.STREAM_ID}"
    title.typeface = Typeface.DEFAULT_BOLD
    balanceView = TextView(this)
    balanceView.text = "Coins: …"
    statusView = TextView(this)
    sendButton = Button(this)
    sendButton.text = "Send a rose to ${MainActivity.CREATOR_ID}"
    sendButton.setOnClickListener { sendRose() }
    feedView = TextView(this)

    content.addView(title)
    content.addView(balanceView)
    content.addView(sendButton)
    content.addView(statusView)
    content.addView(feedView)
    val scroll = ScrollView(this)
    scroll.addView(content)
    return scroll
  }

  private companion object {
    const val STATE_LAST_EVENT_ID = "lastEventId"
    const val STATE_FEED = "feed"
  }
}
