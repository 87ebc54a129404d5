package io.livecoins.sample.jvm;

import io.livecoins.payment.TestCard;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The sample's command-line flags, parsed and checked. */
record Options(
    String baseUrl,
    String token,
    String creatorToken,
    String creator,
    String stream,
    String region,
    TestCard card,
    String cardNumber,
    Locale locale,
    String payWith,
    boolean interactive,
    boolean help) {

  static final String DEFAULT_CARD = "4242 4242 4242 4242";

  static final String USAGE = String.join("\n",
      "Usage: io.livecoins.sample.jvm.Main [options]",
      "Walks through the LiveCoins SDK (recharge, gifts, creator payouts, history, errors) against an",
      "embedded mock backend started in-process on 127.0.0.1, or against any server that speaks the",
      "LiveCoins v1 contract.",
      "",
      "  --base-url URL         use this server instead of the embedded mock backend (needs --token)",
      "  --token TOKEN          the viewer's bearer token (embedded default: demo-token-alice)",
      "  --creator-token TOKEN  the creator's token for the payout step (embedded default: demo-token-carol)",
      "  --creator ID           the creator who receives the gifts (default: carol)",
      "  --stream ID            the creator's live stream (default: stream-carol)",
      "  --region CC            catalog region, two letters (default: US)",
      "  --card NUMBER          sandbox test card to pay with (default: " + DEFAULT_CARD + ")",
      "  --pay-with HOW         sandbox (the test card, default) or web: pay the first purchase on the",
      "                         backend's hosted checkout page (PayPal, e-wallets, bank transfers) in",
      "                         your browser; without a desktop browser the page's URL is printed",
      "  --locale TAG           how prices are shown, a BCP 47 tag such as de-DE (default: en-<region>)",
      "  --interactive          a small shell instead of the walkthrough (type help there)",
      "  --help                 print this help",
      "",
      "Exit status: 0 when everything behaved, 1 when a step did not, 2 for bad flags.",
      "Through Maven: ./mvnw -q -B -pl sdk-jvm-sample -am -DskipTests -Prun-sample verify \\",
      "                 -Dsample.args=\"--region GB --locale en-GB\"");

  /** True when the walkthrough runs against the in-process mock backend. */
  boolean embedded() {
    return baseUrl == null;
  }

  /**
   * Parses {@code args}; both {@code --flag value} and {@code --flag=value} work.
   *
   * @throws IllegalArgumentException with a message for the user, for any bad flag or value
   */
  static Options parse(String[] args) {
    String baseUrl = null;
    String token = null;
    String creatorToken = null;
    String creator = "carol";
    String stream = "stream-carol";
    String region = "US";
    String cardNumber = DEFAULT_CARD;
    String locale = null;
    String payWith = "sandbox";
    boolean interactive = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String inline = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        inline = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      switch (arg) {
        case "--help", "-h" -> help = true;
        case "--interactive" -> interactive = true;
        case "--base-url" -> baseUrl = checkUrl(inline != null ? inline : value(args, ++i, arg));
        case "--token" -> token = nonBlank(arg, inline != null ? inline : value(args, ++i, arg));
        case "--creator-token" -> creatorToken = nonBlank(arg, inline != null ? inline : value(args, ++i, arg));
        case "--creator" -> creator = nonBlank(arg, inline != null ? inline : value(args, ++i, arg));
        case "--stream" -> stream = nonBlank(arg, inline != null ? inline : value(args, ++i, arg));
        case "--region" -> region = checkRegion(inline != null ? inline : value(args, ++i, arg));
        case "--card" -> cardNumber = inline != null ? inline : value(args, ++i, arg);
        case "--locale" -> locale = inline != null ? inline : value(args, ++i, arg);
        case "--pay-with" -> payWith = checkPayWith(inline != null ? inline : value(args, ++i, arg));
        default -> throw new IllegalArgumentException(
            arg.startsWith("-") ? "unknown option " + arg : "unexpected argument '" + arg + "'");
      }
      if (inline != null && (arg.equals("--help") || arg.equals("--interactive"))) {
        throw new IllegalArgumentException(arg + " takes no value");
      }
    }
    if (baseUrl != null && token == null) {
      throw new IllegalArgumentException("--base-url needs --token (the demo tokens exist only on mock servers)");
    }
    TestCard card;
    try {
      card = TestCard.of(cardNumber);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--card: " + e.getMessage());
    }
    return new Options(baseUrl, token, creatorToken, creator, stream, region, card, cardNumber,
        checkLocale(locale == null ? "en-" + region : locale), payWith, interactive, help);
  }

  private static String checkPayWith(String how) {
    if (!how.equals("sandbox") && !how.equals("web")) {
      throw new IllegalArgumentException("--pay-with must be sandbox or web, not '" + how + "'");
    }
    return how;
  }

  /** True when the first purchase is paid on the hosted checkout page. */
  boolean payOnWeb() {
    return payWith.equals("web");
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private static String nonBlank(String flag, String value) {
    if (value.trim().isEmpty()) throw new IllegalArgumentException(flag + " must not be blank");
    return value.trim();
  }

  private static String checkUrl(String url) {
    try {
      URI uri = new URI(url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException("--base-url must be an http(s) URL such as http://127.0.0.1:8080/, not '" + url + "'");
  }

  private static String checkRegion(String region) {
    String upper = region.trim().toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("--region must be two letters such as US or GB, not '" + region + "'");
    }
    return upper;
  }

  private static Locale checkLocale(String tag) {
    Locale locale = Locale.forLanguageTag(tag.trim());
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("--locale must be a language tag such as en-US or de-DE, not '" + tag + "'");
    }
    return locale;
  }
}
