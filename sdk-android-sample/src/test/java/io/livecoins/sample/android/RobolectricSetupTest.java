package io.livecoins.sample.android;

import static org.assertj.core.api.Assertions.assertThat;

import android.os.Build;
import android.os.Looper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;

/** Robolectric runs offline on the pre-fetched Android 14 (SDK 34) framework. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, manifest = Config.NONE)
public class RobolectricSetupTest {
  @Test
  public void runsOnAndroid14Framework() {
    assertThat(Build.VERSION.SDK_INT).isEqualTo(34);
    assertThat(Looper.getMainLooper().getThread()).isSameAs(Thread.currentThread());
  }
}
