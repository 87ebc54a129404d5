package io.livecoins.sample.android;

import android.app.Activity;
import android.net.Uri;
import android.os.Bundle;

/**
 * Receives the hosted checkout's return deep link ({@code livecoins-sample://checkout-return?session=…
 * &result=…}), hands it to the provider that waits for it, and finishes at once (no UI): the purchase's
 * callback then updates {@link MainActivity}. A return nobody waits for (the app was restarted) is
 * ignored; {@code resumePending()} at start-up settles that order.
 */
public class CheckoutReturnActivity extends Activity {
  @Override
  protected void onCreate(Bundle savedInstanceState) {
    super.onCreate(savedInstanceState);
    Uri data = getIntent() == null ? null : getIntent().getData();
    ((SampleApp) getApplication()).onCheckoutReturn(data == null ? null : data.toString());
    finish();
  }
}
