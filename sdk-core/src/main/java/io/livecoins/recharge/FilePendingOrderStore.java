package io.livecoins.recharge;

import io.livecoins.internal.json.JsonCodec;
import io.livecoins.internal.wire.PendingOrderFileDto;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A crash-safe {@link PendingOrderStore} in one JSON file, such as {@code
 * context.getFilesDir().toPath().resolve("livecoins-pending-orders.json")} on Android.
 *
 * <p>Every change writes the whole file to a temporary file in the same directory, forces it to
 * disk, and atomically renames it over the old one, so a process killed at any point leaves either
 * the old or the new content, never a torn file. A leftover temporary file is ignored, and an empty
 * (zero-byte) file, such as one the app created beforehand, holds no records. The file is
 * readable and writable by its owner only ({@code rw-------}) where the file system has POSIX
 * permissions. A main file that cannot be parsed is never overwritten or ignored: every method
 * then throws {@link PendingOrderStoreException} naming the file, so no record is lost silently.
 *
 * <p><b>Safe to share.</b> Any number of instances, in one process or in several (a re-created
 * client after a sign-in, a second process, a widget), may use the same file at once: every method
 * holds an exclusive lock on a companion file ({@code <name>.lock}) — a lock in this JVM and an OS
 * file lock across processes — and re-reads the file under it, so no instance ever writes over a
 * record that another one saved. The OS releases the lock of a killed process. One file may hold
 * the records of several users (each record names its {@linkplain PendingOrder#userId() owner});
 * the SDK resumes only the signed-in user's.
 *
 * <p>Thread-safe.
 */
public final class FilePendingOrderStore implements PendingOrderStore {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      Collections.unmodifiableSet(PosixFilePermissions.fromString("rw-------"));
  // One monitor per lock file in this JVM: the OS lock is per process, so threads and instances of
  // one process must take turns before asking for it (a second FileChannel.lock() on a file this
  // JVM already locks throws OverlappingFileLockException instead of waiting).
  private static final ConcurrentMap<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final Path temp;
  private final Path lockFile;
  private final JsonCodec json = new JsonCodec();

  /**
   * Creates a store in {@code file}; the file and its directory are created on the first save.
   * Nothing is read until the first call.
   *
   * @param file the file holding the records
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if {@code file} has no file name
   */
  public FilePendingOrderStore(Path file) {
    Objects.requireNonNull(file, "file == null");
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.getFileName() == null) throw new IllegalArgumentException("file has no name: " + file);
    this.file = absolute;
    this.temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    this.lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
  }

  /** {@return the file holding the records} */
  public Path file() {
    return file;
  }

  @Override
  public void save(PendingOrder order) {
    Objects.requireNonNull(order, "order == null");
    locked(true, current -> {
      Map<String, PendingOrder> next = new LinkedHashMap<>(current);
      next.put(order.orderId(), order);
      write(next);
      return null;
    });
  }

  @Override
  public void remove(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    locked(false, current -> {
      if (!current.containsKey(orderId)) return null;
      Map<String, PendingOrder> next = new LinkedHashMap<>(current);
      next.remove(orderId);
      write(next);
      return null;
    });
  }

  @Override
  public @Nullable PendingOrder get(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    return locked(false, current -> current.get(orderId));
  }

  @Override
  public List<PendingOrder> all() {
    return locked(false, current -> Collections.unmodifiableList(new ArrayList<>(current.values())));
  }

  /**
   * Runs {@code action} holding this JVM's monitor and the OS lock of the lock file, on the
   * records read afresh from the file. Reads take the lock too: a leftover temporary file may be
   * deleted only while no other writer can be writing it.
   */
  private <R> R locked(boolean creating, Function<Map<String, PendingOrder>, R> action) {
    if (!creating && !Files.exists(file) && !Files.exists(lockFile)) {
      return action.apply(new LinkedHashMap<>()); // nothing was ever saved here
    }
    Path key = lockFileKey();
    Object monitor = JVM_LOCKS.computeIfAbsent(key, k -> new Object());
    synchronized (monitor) {
      try (FileChannel channel = FileChannel.open(key, StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        return action.apply(read());
      } catch (OverlappingFileLockException e) {
        throw new PendingOrderStoreException(
            "cannot lock " + lockFile + ": this process already holds it through another path", e);
      } catch (IOException e) {
        throw new PendingOrderStoreException("cannot lock pending orders in " + lockFile + ": " + e, e);
      }
    }
  }

  /** Creates the directory and the lock file if needed; returns the lock file's real path. */
  private Path lockFileKey() {
    try {
      Path dir = file.getParent();
      if (dir != null) Files.createDirectories(dir);
      if (!Files.exists(lockFile)) {
        try {
          Files.createFile(lockFile, ownerOnly());
        } catch (FileAlreadyExistsException raced) {
          // Another instance created it first: fine.
        }
      }
      return lockFile.toRealPath();
    } catch (IOException | UnsupportedOperationException e) {
      throw new PendingOrderStoreException("cannot create the lock file " + lockFile + ": " + e, e);
    }
  }

  private Map<String, PendingOrder> read() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      bytes = null;
    } catch (IOException e) {
      throw new PendingOrderStoreException("cannot read pending orders from " + file + ": " + e, e);
    }
    Map<String, PendingOrder> loaded = new LinkedHashMap<>();
    if (bytes != null && bytes.length > 0) { // an empty file (created by the app) holds no record
      try {
        for (PendingOrder order : json.decode(bytes, PendingOrderFileDto.class).toPendingOrders()) {
          loaded.put(order.orderId(), order);
        }
      } catch (IOException | RuntimeException e) {
        throw new PendingOrderStoreException(
            "pending-order file " + file + " is corrupt (" + e.getMessage() + "); it still holds"
                + " unfinished purchases: repair or move it aside, it is never overwritten",
            e);
      }
    }
    // Under the lock, a temporary file is only ever a write that did not finish (its writer was
    // killed): its content is not committed.
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Harmless: the next write replaces it.
    }
    return loaded;
  }

  private void write(Map<String, PendingOrder> next) {
    byte[] bytes = json.encode(PendingOrderFileDto.from(next.values()), PendingOrderFileDto.class);
    try {
      Path dir = file.getParent();
      Files.deleteIfExists(temp);
      Set<OpenOption> options = new HashSet<>();
      options.add(StandardOpenOption.CREATE_NEW);
      options.add(StandardOpenOption.WRITE);
      try (FileChannel channel = FileChannel.open(temp, options, ownerOnly())) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) channel.write(buffer);
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(dir);
    } catch (IOException | UnsupportedOperationException e) {
      throw new PendingOrderStoreException("cannot write pending orders to " + file + ": " + e, e);
    }
  }

  private FileAttribute<?>[] ownerOnly() {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  /** Makes the rename durable where the platform allows opening a directory (Linux, Android, macOS). */
  private static void syncDirectory(@Nullable Path dir) {
    if (dir == null) return;
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException ignored) {
      // Not supported here (Windows); the rename itself is still atomic.
    }
  }

  @Override
  public String toString() {
    return "FilePendingOrderStore{" + file + '}';
  }
}
