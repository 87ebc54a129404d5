@file:JvmName("LiveCoinsWallets")

package io.livecoins.kotlin

import io.livecoins.errors.LiveCoinsException
import io.livecoins.wallet.Transaction
import io.livecoins.wallet.Wallet
import io.livecoins.wallet.WalletApi
import io.livecoins.wallet.WalletListener
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.launch

/**
 * The wallet as a cold [Flow]: the current snapshot first, then every newer version, in increasing
 * version order, until the collector stops.
 *
 * The current snapshot is [WalletApi.cached]; when the client has none yet, the flow reads the
 * balance from the server first (`balance().await()`) and fails with its [LiveCoinsException] if that
 * read fails. Every later snapshot comes from the responses of this client (purchases, gifts,
 * withdrawals, balance reads), as [WalletListener]s hear them; an older version is never emitted after
 * a newer one. The listener is removed when collection stops. A collector slower than the updates gets
 * each of them (buffered); add `.conflate()` to only see the newest.
 *
 * ```
 * scope.launch { client.wallet().updates().collect { coinsLabel.text = "${it.coins()}" } }
 * ```
 */
public fun WalletApi.updates(): Flow<Wallet> {
  val api = this
  return callbackFlow {
    val lock = Any()
    var newest = -1L // guarded by lock: listener and first read race
    fun offer(wallet: Wallet) {
      synchronized(lock) {
        if (wallet.version() <= newest) return
        newest = wallet.version()
        trySend(wallet)
      }
    }
    val listener = WalletListener { offer(it) }
    api.addListener(listener)
    val current = api.cached()
    if (current != null) {
      offer(current)
    } else {
      launch {
        try {
          offer(api.balance().await())
        } catch (e: LiveCoinsException) {
          // Only when nothing else told us the wallet meanwhile (another call's response did).
          if (synchronized(lock) { newest < 0 }) close(e)
        }
      }
    }
    awaitClose { api.removeListener(listener) }
  }.buffer(Channel.UNLIMITED)
}

/**
 * The wallet's history as a cold [Flow], newest first, fetched [pageSize] transactions per request as
 * the collector asks for more (`transactions(limit, cursor).await()` per page). Stop collecting (for
 * example with `take(n)`) to stop fetching. A failed page fails the flow with its [LiveCoinsException].
 *
 * @throws IllegalArgumentException if [pageSize] is not 1..[WalletApi.MAX_PAGE_SIZE] (when the flow
 *   is created, before anything is sent)
 */
public fun WalletApi.transactionsFlow(pageSize: Int = WalletApi.DEFAULT_PAGE_SIZE): Flow<Transaction> {
  require(pageSize in 1..WalletApi.MAX_PAGE_SIZE) {
    "pageSize must be 1..${WalletApi.MAX_PAGE_SIZE}: $pageSize"
  }
  val api = this
  return flow {
    var cursor: String? = null
    do {
      val page = api.transactions(pageSize, cursor).await()
      for (transaction in page.items()) emit(transaction)
      cursor = page.nextCursor()
    } while (cursor != null)
  }
}
