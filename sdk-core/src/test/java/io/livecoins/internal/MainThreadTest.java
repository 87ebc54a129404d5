package io.livecoins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The main-thread check, with an injected "main thread" in place of Android's Looper. */
final class MainThreadTest {
  @Test
  void refusesTheMainThreadWithAMessageThatSaysWhatToDo() {
    MainThread check = new MainThread(Thread::currentThread);

    assertThatThrownBy(check::checkCurrentThread)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Android's main thread")
        .hasMessageContaining("enqueue(callback)");
  }

  @Test
  void allowsEveryOtherThread() throws Exception {
    Thread main = Thread.currentThread();
    MainThread check = new MainThread(() -> main);
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      CompletableFuture<Void> off = CompletableFuture.runAsync(check::checkCurrentThread, background);
      assertThatCode(() -> off.get(10, TimeUnit.SECONDS)).doesNotThrowAnyException();
    } finally {
      background.shutdownNow();
    }
  }

  @Test
  void onAPlainJvmItLooksOnceAndNeverRefuses() {
    AtomicInteger lookups = new AtomicInteger();
    MainThread check = new MainThread(() -> {
      lookups.incrementAndGet();
      return MainThread.NONE;
    });

    for (int i = 0; i < 3; i++) check.checkCurrentThread();

    assertThat(lookups).hasValue(1);
  }

  @Test
  void beforeTheMainLooperExistsItAsksAgainAndThenRemembers() {
    AtomicInteger lookups = new AtomicInteger();
    Thread current = Thread.currentThread();
    MainThread check = new MainThread(() -> lookups.incrementAndGet() == 1 ? null : current);

    assertThatCode(check::checkCurrentThread).doesNotThrowAnyException(); // not known yet
    assertThatThrownBy(check::checkCurrentThread).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(check::checkCurrentThread).isInstanceOf(IllegalStateException.class);
    assertThat(lookups).hasValue(2);
  }

  @Test
  void aFailingLookupDisablesTheCheckInsteadOfFailingCalls() {
    MainThread check = new MainThread(() -> {
      throw new UnsupportedOperationException("Stub!");
    });

    assertThatCode(check::checkCurrentThread).doesNotThrowAnyException();
  }

  @Test
  void theRealCheckPassesOnThisJvm() {
    assertThatCode(MainThread::check).doesNotThrowAnyException();
  }
}
