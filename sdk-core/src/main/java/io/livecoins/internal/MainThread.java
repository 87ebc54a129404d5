package io.livecoins.internal;

import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/**
 * Refuses blocking calls on Android's main (UI) thread, which would freeze the app and make Android
 * throw {@code NetworkOnMainThreadException} from deep inside the transport. Android is detected by
 * reflection ({@code android.os.Looper.getMainLooper().getThread()}), once; on a plain JVM the check
 * costs a field read.
 */
public final class MainThread {
  /** Finds the main thread; the test seam. */
  interface Finder {
    /**
     * The main thread; null when there is none yet (asked again next time); {@link #NONE} when
     * this is not Android (never asked again).
     */
    @Nullable Thread find();
  }

  /** What {@link Finder#find()} returns on a platform without a main thread. */
  static final Thread NONE = new Thread("no main thread");

  private static final MainThread ANDROID = new MainThread(MainThread::androidMainThread);

  private final Finder finder;
  private volatile boolean resolved;
  private volatile @Nullable Thread mainThread;

  MainThread(Finder finder) {
    this.finder = finder;
  }

  /**
   * Throws if the current thread is Android's main thread.
   *
   * @throws IllegalStateException on Android's main thread: use {@code enqueue()} there
   */
  public static void check() {
    ANDROID.checkCurrentThread();
  }

  void checkCurrentThread() {
    Thread main = mainThread();
    if (main != null && main == Thread.currentThread()) {
      throw new IllegalStateException(
          "execute() blocks and must not run on Android's main thread;"
              + " call enqueue(callback) or execute() on a background thread");
    }
  }

  private @Nullable Thread mainThread() {
    if (resolved) return mainThread;
    Thread found;
    try {
      found = finder.find();
    } catch (RuntimeException | LinkageError e) {
      found = NONE;
    }
    if (found == null) return null; // Android before its main looper exists: ask again later
    mainThread = found == NONE ? null : found;
    resolved = true;
    return mainThread;
  }

  private static @Nullable Thread androidMainThread() {
    Class<?> looperClass;
    try {
      looperClass = Class.forName("android.os.Looper");
    } catch (ClassNotFoundException e) {
      return NONE; // not Android
    }
    try {
      Method getMainLooper = looperClass.getMethod("getMainLooper");
      Object looper = getMainLooper.invoke(null);
      if (looper == null) return null;
      Object thread = looperClass.getMethod("getThread").invoke(looper);
      return thread instanceof Thread ? (Thread) thread : null;
    } catch (ReflectiveOperationException e) {
      return NONE; // an Android-like platform without these methods: no check
    }
  }
}
