package io.livecoins.internal;

import io.livecoins.LiveCoins;
import io.livecoins.internal.http.ApiClient;
import org.jspecify.annotations.Nullable;

/**
 * Lets SDK types outside package {@code io.livecoins} (such as the gift asset cache) reach a
 * client's pipeline — its transport, dispatcher, callback executor, retry policy, sleeper and clock
 * — without a public accessor (OkHttp's {@code Internal} pattern). Installed once by {@link
 * LiveCoins}'s class initialiser, which has run by the time anyone holds a client. Not API.
 */
public abstract class ClientAccess {
  private static volatile @Nullable ClientAccess instance;

  /** Installs the implementation; only the first call has an effect. */
  public static synchronized void install(ClientAccess access) {
    if (instance == null) instance = access;
  }

  /** The installed implementation. */
  public static ClientAccess get() {
    ClientAccess access = instance;
    if (access == null) throw new AssertionError("ClientAccess not installed");
    return access;
  }

  /** The request pipeline of {@code client}. */
  public abstract ApiClient api(LiveCoins client);
}
