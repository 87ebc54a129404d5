package io.livecoins.sample.android;

import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import io.livecoins.payment.CheckoutLauncher;
import java.util.concurrent.Executor;

/**
 * The hosted checkout's Android wiring: the page opens in a Custom Tab, and the page's return URL is a
 * deep link to {@link CheckoutReturnActivity}. Without AndroidX, a Custom Tab is an {@code ACTION_VIEW}
 * intent carrying the Custom Tabs session extra (browsers that support Custom Tabs show the page over
 * the app; others open it normally). With {@code androidx.browser} you would write {@code new
 * CustomTabsIntent.Builder().build().launchUrl(context, uri)} instead.
 */
final class CheckoutTabs {
  /** The return URL; {@code AndroidManifest.xml} routes it to {@link CheckoutReturnActivity}. */
  static final String RETURN_URL = "livecoins-sample://checkout-return";
  /** {@code CustomTabsIntent.EXTRA_SESSION}: its presence asks the browser for a Custom Tab. */
  static final String EXTRA_SESSION = "android.support.customtabs.extra.SESSION";

  private CheckoutTabs() {}

  /** The intent that shows {@code url} in a Custom Tab. */
  static Intent customTabIntent(String url) {
    Intent intent = new Intent(Intent.ACTION_VIEW, Uri.parse(url));
    Bundle extras = new Bundle();
    extras.putBinder(EXTRA_SESSION, null);
    intent.putExtras(extras);
    intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK); // started from the Application context
    return intent;
  }

  /**
   * The provider's launcher: called on the purchase's thread, it starts the tab on the main thread
   * and calls {@code onOpened} there (the app then treats its next resume without a return as "the
   * user closed the tab").
   */
  static CheckoutLauncher launcher(Context context, Executor mainThread, Runnable onOpened) {
    return page -> mainThread.execute(() -> {
      context.startActivity(customTabIntent(page.url()));
      onOpened.run();
    });
  }
}
