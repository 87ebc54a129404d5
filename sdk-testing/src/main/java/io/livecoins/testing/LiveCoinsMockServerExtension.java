package io.livecoins.testing;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: a fresh {@link LiveCoinsMockServer} on 127.0.0.1 for every test, injected as a
 * parameter, closed afterwards. After each test it fails the test if any response violated
 * {@code docs/openapi.yaml} or the ledger is inconsistent ({@link LiveCoinsMockServer#assertConsistent()}).
 *
 * <pre>{@code
 * @ExtendWith(LiveCoinsMockServerExtension.class)
 * class MyTest {
 *   @Test void buysCoins(LiveCoinsMockServer server) { ... server.url() ... }
 * }
 *
 * class MyConfiguredTest {
 *   @RegisterExtension
 *   final LiveCoinsMockServerExtension mock =
 *       LiveCoinsMockServerExtension.configured(b -> b.seed(7).minimumWithdrawalDiamonds(100));
 *   @Test void withdraws() { LiveCoinsMockServer server = mock.server(); ... }
 * }
 * }</pre>
 *
 * <p>Requires {@code org.junit.jupiter:junit-jupiter-api} on the test classpath (an optional dependency).
 */
public final class LiveCoinsMockServerExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LiveCoinsMockServerExtension.class);

  private final UnaryOperator<LiveCoinsMockServer.Builder> configuration;
  private volatile LiveCoinsMockServer current;

  /** The reference seed (what {@code @ExtendWith} uses). */
  public LiveCoinsMockServerExtension() {
    this(UnaryOperator.identity());
  }

  private LiveCoinsMockServerExtension(UnaryOperator<LiveCoinsMockServer.Builder> configuration) {
    this.configuration = configuration;
  }

  /**
   * {@return an extension whose servers are built by {@code configuration} applied to a fresh
   * builder}
   *
   * @param configuration sets up each test's server on a builder that already has the defaults
   */
  public static LiveCoinsMockServerExtension configured(
      UnaryOperator<LiveCoinsMockServer.Builder> configuration) {
    return new LiveCoinsMockServerExtension(Objects.requireNonNull(configuration, "configuration == null"));
  }

  /**
   * {@return the server of the running test}
   *
   * @throws IllegalStateException outside a test
   */
  public LiveCoinsMockServer server() {
    LiveCoinsMockServer s = current;
    if (s == null) {
      throw new IllegalStateException("no test is running");
    }
    return s;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    LiveCoinsMockServer server = configuration.apply(LiveCoinsMockServer.builder()).build().start();
    current = server;
    context.getStore(NAMESPACE).put(LiveCoinsMockServer.class, server);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    LiveCoinsMockServer server = context.getStore(NAMESPACE).remove(LiveCoinsMockServer.class,
        LiveCoinsMockServer.class);
    current = null;
    if (server == null) {
      return;
    }
    try {
      server.assertNoContractViolations();
      server.assertConsistent();
    } finally {
      server.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == LiveCoinsMockServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    LiveCoinsMockServer server = extensionContext.getStore(NAMESPACE).get(LiveCoinsMockServer.class,
        LiveCoinsMockServer.class);
    if (server == null) {
      throw new org.junit.jupiter.api.extension.ParameterResolutionException(
          "LiveCoinsMockServer is available to test methods only (not to constructors or @BeforeAll)");
    }
    return server;
  }
}
