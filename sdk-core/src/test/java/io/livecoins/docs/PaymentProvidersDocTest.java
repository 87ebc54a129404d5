package io.livecoins.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} code block of docs/payment-providers.md compiles against the SDK. Blocks that
 * declare types become nested types of one wrapper class, statement blocks become its methods; the
 * third-party APIs the guides call (a card processor, PayPal's SDK, Play Billing) are stubbed below. A
 * block that re-declares the SDK's own {@code PaymentProvider} (the interface listing) is compiled on
 * its own.
 */
final class PaymentProvidersDocTest {
  static final Path PAGE = Path.of("..", "docs", "payment-providers.md");
  static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  static final Pattern TYPE_DECLARATION = Pattern.compile(
      "^(?:/\\*\\*.*?\\*/\\s*)?(?:@\\w+\\s+)*(?:public\\s+)?(?:final\\s+)?(?:class|interface|enum)\\s", Pattern.DOTALL);

  static final String IMPORTS = String.join("\n",
      "import io.livecoins.*;",
      "import io.livecoins.errors.*;",
      "import io.livecoins.payment.*;",
      "import io.livecoins.recharge.*;",
      "import java.nio.file.Path;",
      "import java.time.Duration;",
      "import java.util.*;",
      "import java.util.concurrent.TimeoutException;",
      "import org.jspecify.annotations.Nullable;",
      "");

  /** What the guides use but the SDK does not provide: the host's own helpers and third-party SDKs. */
  static final String STUBS = String.join("\n",
      "  // the host app's own helpers",
      "  static void openCustomTab(String url) {}",
      "  static void showCoins(long coins) {}",
      "  static void showMessage(String text) {}",
      "  // a card processor's client",
      "  interface CardProcessor {",
      "    Intent confirmIntent(long amountMinor, String currency, String paymentMethodId, String idempotencyKey,",
      "        Map<String, String> metadata) throws TimeoutException;",
      "    @Nullable Intent findIntentByMetadata(String key, String value);",
      "  }",
      "  interface Intent { String id(); String status(); String declineCode(); }",
      "  // PayPal's SDK, wrapped by the app",
      "  interface PayPalCheckout {",
      "    String createOrder(Money price, String customId, String requestId);",
      "    Approval showApprovalAndWait(String paypalOrderId);",
      "    @Nullable String findApprovedOrderByCustomId(String customId);",
      "  }",
      "  interface Approval { enum Kind { APPROVED, CANCELLED, ERROR } Kind kind(); boolean isInstrumentDeclined(); String errorName(); }",
      "  // Google Play Billing",
      "  static class Activity {}",
      "  static class BillingClient { interface ProductType { String INAPP = \"inapp\"; } }",
      "  static class ProductDetails {}",
      "  interface BillingResponseCode { int OK = 0; int USER_CANCELED = 1; int SERVICE_DISCONNECTED = -1; int ERROR = 6;",
      "      int ITEM_ALREADY_OWNED = 7; }",
      "  interface AccountIdentifiers { @Nullable String getObfuscatedProfileId(); }",
      "  interface Purchase { interface PurchaseState { int PURCHASED = 1; int PENDING = 2; }",
      "      int getPurchaseState(); String getPurchaseToken(); @Nullable AccountIdentifiers getAccountIdentifiers(); }",
      "  interface PurchasesResult { int responseCode(); Purchase purchaseFor(String orderId); }",
      "  static final class BillingFlowParams {",
      "    static Builder newBuilder() { return new Builder(); }",
      "    static final class Builder {",
      "      Builder setProductDetailsParamsList(List<ProductDetailsParams> list) { return this; }",
      "      Builder setObfuscatedProfileId(String id) { return this; }",
      "      BillingFlowParams build() { return new BillingFlowParams(); }",
      "    }",
      "    static final class ProductDetailsParams {",
      "      static Builder newBuilder() { return new Builder(); }",
      "      static final class Builder {",
      "        Builder setProductDetails(ProductDetails p) { return this; }",
      "        ProductDetailsParams build() { return new ProductDetailsParams(); }",
      "      }",
      "    }",
      "  }",
      "  static final class PlayBlocking {",
      "    static ProductDetails queryProduct(BillingClient b, String productId) { return new ProductDetails(); }",
      "    static PurchasesResult launchAndAwait(BillingClient b, Activity a, BillingFlowParams p) { throw new AssertionError(); }",
      "    static List<Purchase> queryPurchases(BillingClient b, String type) { return Collections.emptyList(); }",
      "  }",
      "");

  /** The variables the statement blocks use, as the wrapper's fields. */
  static final String FIELDS = String.join("\n",
      "  String baseUrl = \"https://api.example.com/\";",
      "  AuthTokenProvider auth = AuthTokenProvider.of(\"alice\", \"token\");",
      "  CardProcessor processor;",
      "  BillingClient billing;",
      "  LiveCoins client;",
      "  CoinPackage pack;",
      "  HostedCheckoutProvider web;",
      "");

  /** A block of method declarations (after its leading line comments): it becomes members too. */
  static final Pattern METHOD_DECLARATION = Pattern.compile(
      "^(?://[^\\n]*\\n\\s*)*(?:void|[A-Z][\\w<>]*)\\s+\\w+\\([^)]*\\)\\s*\\{");

  @TempDir Path out;

  static List<String> blocks() throws IOException {
    String page = new String(Files.readAllBytes(PAGE), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(page);
    while (m.find()) blocks.add(m.group(1));
    return blocks;
  }

  @Test
  void everyJavaBlockOfThePaymentProvidersPageCompiles() throws IOException {
    List<String> blocks = blocks();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(8);
    StringBuilder doc = new StringBuilder(IMPORTS).append("final class PaymentProvidersDoc {\n").append(FIELDS).append(STUBS);
    List<JavaFileObject> units = new ArrayList<>();
    int n = 0;
    for (String block : blocks) {
      n++;
      String body = block.strip();
      if (body.contains("public interface PaymentProvider ")) {
        units.add(source("InterfaceListing" + n, IMPORTS + "final class InterfaceListing" + n + " {\n" + body + "\n}\n"));
      } else if (TYPE_DECLARATION.matcher(body).find() || METHOD_DECLARATION.matcher(body).find()) {
        doc.append("  // block ").append(n).append('\n').append(body).append("\n\n");
      } else {
        doc.append("  // block ").append(n).append("\n  void block").append(n).append("() throws Exception {\n")
            .append(body).append("\n  }\n\n");
      }
    }
    doc.append("}\n");
    units.add(source("PaymentProvidersDoc", doc.toString()));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
          "-proc:none", "-Xlint:none");
      boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.append(d.getSource() == null ? "" : d.getSource().getName()).append(':').append(d.getLineNumber())
              .append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
        }
      }
      assertThat(ok).as("compiling the page's blocks:\n%s\n%s", errors, numbered(doc.toString())).isTrue();
    }
    assertThat(Files.exists(out.resolve("PaymentProvidersDoc$HostedCheckoutProvider.class"))).isFalse();
  }

  @Test
  void theHostedCheckoutGuideComesFirstThenTheCardAndPlayBillingGuides() throws IOException {
    String page = new String(Files.readAllBytes(PAGE), StandardCharsets.UTF_8);
    int hosted = page.indexOf("## Hosted checkout");
    int card = page.indexOf("## A card processor");
    int play = page.indexOf("## Google Play Billing");
    assertThat(hosted).isPositive().isLessThan(card);
    assertThat(card).isLessThan(play);
    assertThat(page).contains("](hosted-checkout.png)");
    assertThat(PAGE.resolveSibling("hosted-checkout.png")).isRegularFile();
  }

  private static String numbered(String source) {
    StringBuilder b = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) b.append(i + 1).append(": ").append(lines[i]).append('\n');
    return b.toString();
  }

  private static JavaFileObject source(String className, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
