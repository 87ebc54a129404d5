package io.livecoins.internal.assets;

import io.livecoins.gift.GiftAsset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The cache directory. Layout:
 *
 * <ul>
 *   <li>{@code <sha256>.<ext>}: a verified asset, named by its content (so two URLs of one file,
 *       two instances or two processes can only ever agree on its bytes), its last-modified time
 *       being its last access (the LRU order, shared across processes);
 *   <li>{@code <sha256>.<ext>.<random>.part}: a download in progress, OS-locked by its writer for
 *       as long as it writes; never visible under an asset's name until verified and atomically
 *       renamed;
 *   <li>{@value #LOCK_NAME}: the lock file. Creating a part, committing one (rename + eviction)
 *       and cleaning up hold this JVM's monitor for the directory and an OS lock on it, so they
 *       never interleave across threads, instances or processes.
 * </ul>
 *
 * <p>A part whose writer died (SIGKILL, power loss) is no longer OS-locked: the next instance's
 * clean-up deletes it. Files of other names are never touched. Thread-safe. Not API.
 */
public final class AssetStore {
  static final String LOCK_NAME = ".livecoins-assets.lock";
  private static final String PART_SUFFIX = ".part";
  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.[a-z0-9]{1,8}");
  private static final Pattern PART = Pattern.compile("[0-9a-f]{64}\\.[a-z0-9]{1,8}\\.[0-9a-f]{16}\\.part");
  // One monitor per directory in this JVM: a second FileChannel.lock() on a file this JVM already
  // locks throws instead of waiting, so threads and instances take turns before asking the OS.
  private static final ConcurrentMap<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();
  // Parts this JVM is writing. Clean-up skips them without opening them: on Linux, closing any
  // channel of a file releases every lock this JVM holds on it, the writer's included.
  private static final Set<Path> ACTIVE_PARTS = ConcurrentHashMap.newKeySet();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path directory;
  private final long maxBytes;
  private final Clock clock;
  private volatile @Nullable Path realDirectory; // set by open()
  private volatile boolean cleaned;

  /** A store in {@code directory} (absolute, normalised) capped at {@code maxBytes}. No I/O. */
  public AssetStore(Path directory, long maxBytes, Clock clock) {
    this.directory = directory;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /** The directory, as given. */
  public Path directory() {
    return directory;
  }

  /** The file name of {@code asset}: its checksum and an extension for its media type. */
  public static String fileName(GiftAsset asset) {
    return asset.sha256() + "." + extension(asset.mediaType());
  }

  static String extension(String mediaType) {
    switch (mediaType) {
      case GiftAsset.WEBP:
        return "webp";
      case GiftAsset.GIF:
        return "gif";
      case GiftAsset.PNG:
        return "png";
      case GiftAsset.LOTTIE:
      case "application/json":
        return "json";
      case GiftAsset.OGG:
        return "ogg";
      case "image/jpeg":
        return "jpg";
      case "video/mp4":
      case "audio/mp4":
        return "mp4";
      case "audio/mpeg":
        return "mp3";
      default:
        return "bin";
    }
  }

  /**
   * The verified file of {@code asset}, or null when it is not stored (or its size is wrong: a
   * torn file after a power loss, replaced by the next download). With {@code touch} its
   * last-access time becomes now. Never opens the network; never blocks on the lock.
   */
  public @Nullable Path lookup(GiftAsset asset, boolean touch) {
    Path file = directory.resolve(fileName(asset));
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile() || attributes.size() != asset.sizeBytes()) return null;
    } catch (IOException | RuntimeException e) {
      return null; // absent, or unreadable: not usable
    }
    if (touch) {
      try {
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock.millis()));
      } catch (NoSuchFileException e) {
        return null; // evicted just now
      } catch (IOException | RuntimeException e) {
        // A file system that refuses timestamps: the file is still good, only its LRU rank is stale.
      }
    }
    return file;
  }

  /** The bytes of the verified files in the directory now. */
  public long size() throws IOException {
    long total = 0;
    for (Entry entry : entries()) total += entry.size;
    return total;
  }

  /**
   * The key of {@code asset} in this JVM's table of downloads in flight: the same for every
   * instance on this directory, whatever path it was given. Valid after {@link #open()}.
   */
  public String inFlightKey(GiftAsset asset) {
    Path real = realDirectory;
    return (real == null ? directory : real) + "/" + fileName(asset);
  }

  /**
   * Creates the directory and, the first time for this instance, deletes the parts of dead writers
   * and evicts down to the cap (which may be smaller than the last instance's).
   */
  public void open() throws IOException {
    if (cleaned) return;
    locked(
        () -> {
          if (cleaned) return null;
          deleteDeadParts();
          evict(null);
          cleaned = true;
          return null;
        });
  }

  /** Starts the download of {@code asset}: a new part, OS-locked, known to this JVM's clean-up. */
  public Part newPart(GiftAsset asset) throws IOException {
    return locked(
        () -> {
          byte[] random = new byte[8];
          RANDOM.nextBytes(random);
          Path path = directory.resolve(fileName(asset) + "." + hex(random) + PART_SUFFIX);
          FileChannel channel =
              FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          try {
            FileLock lock = channel.lock(); // just created, under the directory lock: never contended
            ACTIVE_PARTS.add(path);
            return new Part(path, channel, lock, asset.sizeBytes());
          } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(path);
            throw e;
          }
        });
  }

  /**
   * Makes a finished, verified part visible under its asset's name (atomic rename), marks it most
   * recently used, then evicts the least recently used other files until the directory fits the cap.
   */
  public Path commit(Part part, GiftAsset asset) throws IOException {
    part.channel.force(true);
    return locked(
        () -> {
          Path target = directory.resolve(fileName(asset));
          part.release(); // under the directory lock: no clean-up can see it unlocked
          try {
            Files.move(part.path, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (IOException e) {
            // Windows refuses to replace a file another reader holds open: a verified copy is there.
            if (lookup(asset, false) == null) throw e;
            Files.deleteIfExists(part.path);
          } finally {
            ACTIVE_PARTS.remove(part.path);
          }
          Files.setLastModifiedTime(target, FileTime.fromMillis(clock.millis()));
          evict(target);
          return target;
        });
  }

  /** Deletes an unfinished part (failed, cancelled or refused download). Never throws. */
  public void discard(Part part) {
    try {
      locked(
          () -> {
            part.release();
            Files.deleteIfExists(part.path);
            return null;
          });
    } catch (IOException | RuntimeException e) {
      // The next instance's clean-up deletes it: it is no longer locked.
    } finally {
      ACTIVE_PARTS.remove(part.path);
      part.release();
    }
  }

  /** Deletes the least recently used files (never {@code keep}) until the total fits the cap. */
  private void evict(@Nullable Path keep) throws IOException {
    List<Entry> entries = entries();
    long total = 0;
    for (Entry entry : entries) total += entry.size;
    if (total <= maxBytes) return;
    Collections.sort(entries);
    for (Entry entry : entries) {
      if (total <= maxBytes) break;
      if (entry.path.equals(keep)) continue;
      try {
        Files.deleteIfExists(entry.path);
        total -= entry.size;
      } catch (IOException e) {
        // Open elsewhere on a platform that forbids deleting it (Windows): try the next one.
      }
    }
  }

  private void deleteDeadParts() throws IOException {
    List<Path> parts = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path path : stream) {
        if (PART.matcher(path.getFileName().toString()).matches()) parts.add(path);
      }
    }
    for (Path part : parts) {
      if (ACTIVE_PARTS.contains(part)) continue; // ours, being written
      boolean dead;
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
        FileLock lock = channel.tryLock();
        dead = lock != null; // else another live process holds it
        if (lock != null) lock.release();
      } catch (NoSuchFileException e) {
        continue;
      } catch (OverlappingFileLockException e) {
        continue;
      } catch (IOException e) {
        continue; // cannot tell: leave it
      }
      // Its writer is dead and parts are never reopened: deleting after closing is safe.
      if (dead) Files.deleteIfExists(part);
    }
  }

  private List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path path : stream) {
        if (!ENTRY.matcher(path.getFileName().toString()).matches()) continue;
        try {
          BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
          if (!attributes.isRegularFile()) continue;
          entries.add(new Entry(path, attributes.size(), attributes.lastModifiedTime().toMillis()));
        } catch (NoSuchFileException e) {
          // Evicted meanwhile by another process.
        }
      }
    } catch (NoSuchFileException e) {
      return entries; // no directory yet
    }
    return entries;
  }

  private interface Action<R> {
    R run() throws IOException;
  }

  /** Runs {@code action} holding this JVM's monitor for the directory and the OS lock file. */
  private <R> R locked(Action<R> action) throws IOException {
    Files.createDirectories(directory); // again every time: Android may clear a cache directory
    Path real = realDirectory;
    if (real == null) {
      real = directory.toRealPath();
      realDirectory = real;
    }
    Path lockFile = real.resolve(LOCK_NAME);
    Object monitor = JVM_LOCKS.computeIfAbsent(lockFile, k -> new Object());
    synchronized (monitor) {
      try (FileChannel channel = openLockFile(lockFile);
          FileLock ignored = channel.lock()) {
        return action.run();
      } catch (OverlappingFileLockException e) {
        throw new IOException("cannot lock " + lockFile + ": this process already holds it", e);
      }
    }
  }

  private static FileChannel openLockFile(Path lockFile) throws IOException {
    try {
      return FileChannel.open(lockFile, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
    } catch (FileAlreadyExistsException raced) {
      return FileChannel.open(lockFile, StandardOpenOption.WRITE);
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder result = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) result.append(String.format(Locale.ROOT, "%02x", b & 0xff));
    return result.toString();
  }

  /** A verified file, ordered least recently used first. */
  private static final class Entry implements Comparable<Entry> {
    final Path path;
    final long size;
    final long lastAccess;

    Entry(Path path, long size, long lastAccess) {
      this.path = path;
      this.size = size;
      this.lastAccess = lastAccess;
    }

    @Override
    public int compareTo(Entry other) {
      int byTime = Long.compare(lastAccess, other.lastAccess);
      return byTime != 0 ? byTime : path.getFileName().toString().compareTo(other.path.getFileName().toString());
    }
  }

  /**
   * One download in progress: a stream the transport writes the body to, which hashes it, counts
   * it, and refuses a byte beyond the declared size.
   */
  public static final class Part extends OutputStream {
    final Path path;
    final FileChannel channel;
    private final FileLock lock;
    private final long declaredSize;
    private final MessageDigest digest;
    private long written;
    private @Nullable IOException writeFailure;
    private boolean overflowed;
    private boolean released;

    Part(Path path, FileChannel channel, FileLock lock, long declaredSize) {
      this.path = path;
      this.channel = channel;
      this.lock = lock;
      this.declaredSize = declaredSize;
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new AssertionError("every Java platform has SHA-256", e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (length > declaredSize - written) {
        overflowed = true;
        throw new IOException("asset body exceeds its declared " + declaredSize + " bytes");
      }
      try {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        while (buffer.hasRemaining()) channel.write(buffer);
      } catch (IOException e) {
        writeFailure = e;
        throw e;
      }
      digest.update(bytes, offset, length);
      written += length;
    }

    /** The bytes written so far. */
    public long written() {
      return written;
    }

    /** Whether the body went past the declared size (the rest was never read). */
    public boolean overflowed() {
      return overflowed;
    }

    /** The file system's failure while writing, if any (disk full, permissions). */
    public @Nullable IOException writeFailure() {
      return writeFailure;
    }

    /** The SHA-256 of what was written, 64 lower-case hex digits; ends the digest. */
    public String sha256() {
      return hex(digest.digest());
    }

    /** Releases the OS lock and closes the channel; idempotent. */
    synchronized void release() {
      if (released) return;
      released = true;
      try {
        if (lock.isValid()) lock.release();
      } catch (IOException | RuntimeException ignored) {
        // Closing the channel releases it too.
      }
      try {
        channel.close();
      } catch (IOException ignored) {
        // Nothing was left to flush: the part is committed or discarded.
      }
    }

    @Override
    public String toString() {
      return "Part{" + path.getFileName() + ", " + written + "/" + declaredSize + " bytes}";
    }
  }
}
