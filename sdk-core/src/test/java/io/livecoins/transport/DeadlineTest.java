package io.livecoins.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class DeadlineTest {
  private static final long MS = 1_000_000L;

  /** Records when (and that) it fired. */
  private static final class Probe extends Deadline {
    final String name;
    final BlockingQueue<String> fired;
    final CountDownLatch latch = new CountDownLatch(1);

    Probe(String name, BlockingQueue<String> fired) {
      this.name = name;
      this.fired = fired;
    }

    @Override
    void onDeadline() {
      fired.add(name);
      latch.countDown();
    }
  }

  @Test
  void aDeadlineThatPassesBeforeExitFires() throws Exception {
    BlockingQueue<String> fired = new LinkedBlockingQueue<>();
    Probe probe = new Probe("a", fired);

    probe.enter(50 * MS);

    assertThat(probe.latch.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(probe.fired()).isTrue();
    assertThat(probe.exit()).isTrue();
  }

  @Test
  void aDeadlineExitedInTimeNeverFires() throws Exception {
    BlockingQueue<String> fired = new LinkedBlockingQueue<>();
    Probe exited = new Probe("exited", fired);
    Probe witness = new Probe("witness", fired);

    exited.enter(100 * MS);
    assertThat(exited.exit()).isFalse();
    witness.enter(300 * MS); // fires after the exited one would have

    assertThat(witness.latch.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(fired).containsExactly("witness");
    assertThat(exited.fired()).isFalse();
  }

  @Test
  void aNearerDeadlineEnteredAfterAFartherOneFiresFirst() throws Exception {
    BlockingQueue<String> fired = new LinkedBlockingQueue<>();
    Probe far = new Probe("far", fired);
    Probe near = new Probe("near", fired);

    far.enter(60_000 * MS);
    near.enter(50 * MS);

    assertThat(fired.poll(10, TimeUnit.SECONDS)).isEqualTo("near");
    assertThat(far.exit()).isFalse();
    assertThat(far.fired()).isFalse();
  }

  @Test
  void backToBackCallsWithTheSameDeadlineDoNotWakeTheWatchdog() throws Exception {
    BlockingQueue<String> fired = new LinkedBlockingQueue<>();
    // Start the watchdog and let it plan around a 60 s deadline.
    Probe first = new Probe("first", fired);
    first.enter(60_000 * MS);
    first.exit();
    // One nearer deadline forces a wake-up; the watchdog re-plans only once it has run, which this
    // fired deadline proves.
    Probe settle = new Probe("settle", fired);
    settle.enter(1 * MS);
    assertThat(settle.latch.await(10, TimeUnit.SECONDS)).isTrue();
    // A call like the previous ones re-arms the plan for 60 s deadlines.
    Probe again = new Probe("again", fired);
    again.enter(60_000 * MS);
    again.exit();
    long before = Deadline.signals();

    List<Probe> calls = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      Probe call = new Probe("call" + i, fired);
      call.enter(60_000 * MS);
      calls.add(call);
      assertThat(call.exit()).isFalse();
    }

    // Signalling per call would be 1,000; allow a few for other tests' leftover background calls.
    assertThat(Deadline.signals() - before).isLessThan(10);
    assertThat(fired).containsExactly("settle");
  }
}
