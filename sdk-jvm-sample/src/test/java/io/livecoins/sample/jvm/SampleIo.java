package io.livecoins.sample.jvm;

import io.livecoins.Sleeper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captured output for the sample's tests; the SDK's waits (retries, polls, combo window) are skipped. */
final class SampleIo {
  static final Sleeper NO_WAIT = duration -> {};

  final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  final Console console = new Console(new PrintStream(outBytes, true, StandardCharsets.UTF_8), false);
  final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }
}
