package io.livecoins.bench;

import io.livecoins.LiveCoins;
import okhttp3.HttpUrl;

/**
 * A child JVM of {@link ColdStart}: makes one wallet call, the SDK's way or raw OkHttp + Moshi's,
 * prints {@code OK <coins>} and exits. Arguments: {@code sdk|okhttpMoshi <baseUrl>}.
 */
public final class ColdStartChild {
  private ColdStartChild() {}

  public static void main(String[] args) throws Exception {
    HttpUrl base = HttpUrl.get(args[1]);
    long coins;
    if (args[0].equals("sdk")) {
      LiveCoins client = Fixtures.sdk(base);
      coins = client.wallet().balance().execute().coins();
    } else if (args[0].equals("okhttpMoshi")) {
      coins = new Fixtures.RawClient(Fixtures.okHttp(), base, Fixtures.TOKEN).balance().coins;
    } else {
      throw new IllegalArgumentException("mode: sdk|okhttpMoshi");
    }
    System.out.println("OK " + coins);
    System.out.flush();
    System.exit(0);
  }
}
