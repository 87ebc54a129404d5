package io.livecoins.recharge;

import io.livecoins.internal.json.JsonCodec;
import io.livecoins.internal.wire.PendingOrderFileDto;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
import org.jspecify.annotations.Nullable;

/**
 * A crash-safe {@link PendingOrderStore} in one JSON file, such as {@code
 * context.getFilesDir().toPath().resolve("livecoins-pending-orders.json")} on Android.
 *
 * <p>Every change writes the whole file to a temporary file in the same directory, forces it to
 * disk, and atomically renames it over the old one, so a process killed at any point leaves either
 * the old or the new content, never a torn file. A leftover temporary file is ignored. The file is
 * readable and writable by its owner only ({@code rw-------}) where the file system has POSIX
 * permissions. A main file that cannot be parsed is never overwritten or ignored: every method
 * then throws {@link PendingOrderStoreException} naming the file, so no record is lost silently.
 *
 * <p>Thread-safe. Use one instance per file (the instance caches the records it wrote).
 */
public final class FilePendingOrderStore implements PendingOrderStore {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      Collections.unmodifiableSet(PosixFilePermissions.fromString("rw-------"));

  private final Path file;
  private final Path temp;
  private final JsonCodec json = new JsonCodec();
  private @Nullable Map<String, PendingOrder> orders; // loaded on first use

  /**
   * Creates a store in {@code file}; the file and its directory are created on the first save.
   * Nothing is read until the first call.
   *
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if {@code file} has no file name
   */
  public FilePendingOrderStore(Path file) {
    Objects.requireNonNull(file, "file == null");
    Path absolute = file.toAbsolutePath();
    if (absolute.getFileName() == null) throw new IllegalArgumentException("file has no name: " + file);
    this.file = absolute;
    this.temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
  }

  /** The file holding the records. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void save(PendingOrder order) {
    Objects.requireNonNull(order, "order == null");
    Map<String, PendingOrder> next = new LinkedHashMap<>(load());
    next.put(order.orderId(), order);
    write(next);
  }

  @Override
  public synchronized void remove(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    Map<String, PendingOrder> current = load();
    if (!current.containsKey(orderId)) return;
    Map<String, PendingOrder> next = new LinkedHashMap<>(current);
    next.remove(orderId);
    write(next);
  }

  @Override
  public synchronized @Nullable PendingOrder get(String orderId) {
    Objects.requireNonNull(orderId, "orderId == null");
    return load().get(orderId);
  }

  @Override
  public synchronized List<PendingOrder> all() {
    return Collections.unmodifiableList(new ArrayList<>(load().values()));
  }

  private Map<String, PendingOrder> load() {
    Map<String, PendingOrder> loaded = orders;
    if (loaded != null) return loaded;
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      bytes = null;
    } catch (IOException e) {
      throw new PendingOrderStoreException("cannot read pending orders from " + file + ": " + e, e);
    }
    loaded = new LinkedHashMap<>();
    if (bytes != null) {
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
    // A temporary file is only ever a write that did not finish: its content is not committed.
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Harmless: the next write truncates it.
    }
    orders = loaded;
    return loaded;
  }

  private void write(Map<String, PendingOrder> next) {
    byte[] bytes = json.encode(PendingOrderFileDto.from(next.values()), PendingOrderFileDto.class);
    try {
      Path dir = file.getParent();
      if (dir != null) Files.createDirectories(dir);
      Files.deleteIfExists(temp);
      Set<OpenOption> options = new HashSet<>();
      options.add(StandardOpenOption.CREATE_NEW);
      options.add(StandardOpenOption.WRITE);
      FileAttribute<?>[] attributes =
          supportsPosix()
              ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
              : new FileAttribute<?>[0];
      try (FileChannel channel = FileChannel.open(temp, options, attributes)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) channel.write(buffer);
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      throw new PendingOrderStoreException("cannot write " + temp + ": it appeared concurrently; use one store per file", e);
    } catch (IOException | UnsupportedOperationException e) {
      throw new PendingOrderStoreException("cannot write pending orders to " + file + ": " + e, e);
    }
    orders = next;
  }

  private boolean supportsPosix() {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
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
