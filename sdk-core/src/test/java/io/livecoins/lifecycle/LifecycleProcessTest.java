package io.livecoins.lifecycle;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecoins.testing.DemoData;
import io.livecoins.testing.LiveCoinsMockServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real JVMs: a program whose live gift feed is still open when {@code main} returns exits (every
 * thread the client starts is a daemon), and {@code LiveCoins.close()} leaves none of the client's
 * threads alive. The bound on the wait only keeps a broken build from hanging CI; nothing is timed.
 */
final class LifecycleProcessTest {
  private final LiveCoinsMockServer server = LiveCoinsMockServer.builder().build().start();
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void tearDown() {
    for (Process process : processes) process.destroyForcibly();
    server.close();
  }

  @Test
  void aProgramWhoseFeedIsStillOpenExitsWhenMainReturns() throws Exception {
    Process child = start("return");

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the JVM exited").isTrue();

    String out = output(child);
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).contains("connected").contains("non-daemon: []");
  }

  @Test
  void closeLeavesNoThreadOfTheClientAlive() throws Exception {
    Process child = start("close");

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the JVM exited").isTrue();

    String out = output(child);
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).contains("connected").contains("alive after close: []");
    assertThat(server.awaitActiveEventStreams(0, java.time.Duration.ofSeconds(30))).isTrue();
  }

  private Process start(String mode) throws IOException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FeedProgram.class.getName());
    command.add(server.url().toString());
    command.add(DemoData.BOB);
    command.add(DemoData.BOB_TOKEN);
    command.add(mode);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    processes.add(process);
    return process;
  }

  private static String output(Process process) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = process.getInputStream()) {
      in.transferTo(bytes);
    }
    return bytes.toString(UTF_8);
  }
}
