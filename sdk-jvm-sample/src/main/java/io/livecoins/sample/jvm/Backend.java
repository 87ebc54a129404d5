package io.livecoins.sample.jvm;

import io.livecoins.testing.DemoData;
import io.livecoins.testing.LiveCoinsMockServer;

/**
 * Where the sample runs: the embedded mock backend (started in-process on 127.0.0.1, seeded with
 * the demo users) or a server named by {@code --base-url}.
 */
final class Backend implements AutoCloseable {
  private final String baseUrl;
  private final LiveCoinsMockServer mock;

  private Backend(String baseUrl, LiveCoinsMockServer mock) {
    this.baseUrl = baseUrl;
    this.mock = mock;
  }

  /** Starts the mock backend on a free port of 127.0.0.1, seeded for reproducible runs. */
  static Backend embedded() {
    return embedded("US");
  }

  /**
   * Like {@link #embedded()}, with the demo viewer's account in {@code viewerRegion}: prices are bound
   * to the account's region, so {@code --region GB} shops as a GB account.
   */
  static Backend embedded(String viewerRegion) {
    LiveCoinsMockServer.Builder builder = LiveCoinsMockServer.builder().seed(42);
    for (io.livecoins.testing.MockUser user : DemoData.users()) {
      if (user.id().equals(DemoData.ALICE)) builder.addUser(user.toBuilder().region(viewerRegion).build());
    }
    LiveCoinsMockServer server = builder.build().start();
    return new Backend(server.url().toString(), server);
  }

  static Backend external(String baseUrl) {
    return new Backend(baseUrl, null);
  }

  static Backend of(Options options) {
    return options.embedded() ? embedded(options.region()) : external(options.baseUrl());
  }

  String baseUrl() {
    return baseUrl;
  }

  /** The embedded mock server, or null for an external server. */
  LiveCoinsMockServer mock() {
    return mock;
  }

  boolean isEmbedded() {
    return mock != null;
  }

  String describe() {
    return isEmbedded()
        ? "Backend: embedded mock backend at " + baseUrl + " (in-process, demo data)"
        : "Backend: " + baseUrl;
  }

  /** The viewer's token: --token, or the demo viewer alice (0 coins) on the embedded backend. */
  String viewerToken(Options options) {
    return options.token() != null ? options.token() : DemoData.ALICE_TOKEN;
  }

  /** The creator's token: --creator-token, or carol on the embedded backend; null if unknown. */
  String creatorToken(Options options) {
    if (options.creatorToken() != null) return options.creatorToken();
    return isEmbedded() ? DemoData.CAROL_TOKEN : null;
  }

  @Override
  public void close() {
    if (mock != null) mock.close();
  }
}
