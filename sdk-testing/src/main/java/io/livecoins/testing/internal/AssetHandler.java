package io.livecoins.testing.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;

/**
 * Serves the bundled gift asset files at {@code GET /assets/gifts/{file}} as a CDN would: no authentication,
 * exact {@code Content-Type} and {@code Content-Length}, a long-lived {@code Cache-Control} and the
 * SHA-256 as {@code ETag}. Faults on cue apply to the next downloads, in the order scheduled. Thread-safe.
 */
public final class AssetHandler {
  /** A download fault. */
  public enum Kind {
    /** The right length, one byte changed: the checksum does not match. */
    CORRUPT,
    /** {@code Content-Length} of the whole file, then half the bytes and the connection closes. */
    TRUNCATE,
    /** The whole file followed by extra bytes (the length announced includes them). */
    OVERSIZE,
    /** The whole file, slowly: {@code bytesPerPeriod} bytes per {@code period}. */
    DRIP
  }

  /** One scheduled fault. */
  public record Fault(Kind kind, long bytes, Duration period) {}

  /** One download request as received. */
  public record Download(String file, int status, boolean authorization, String fault) {}

  private final Deque<Fault> faults = new ArrayDeque<>();
  private final List<Download> downloads = new ArrayList<>();

  /** {@return whether {@code path} is an asset path} */
  public static boolean isAsset(String path) {
    return path.startsWith(GiftAssets.PATH);
  }

  /** Schedules {@code fault} for {@code count} further downloads. */
  public synchronized void schedule(Fault fault, int count) {
    for (int i = 0; i < count; i++) {
      faults.add(fault);
    }
  }

  /** {@return every download so far, oldest first} */
  public synchronized List<Download> downloads() {
    return List.copyOf(downloads);
  }

  /** Removes the faults not applied yet. */
  public synchronized void clear() {
    faults.clear();
  }

  MockResponse serve(RecordedRequest request) {
    String file = request.getUrl().encodedPath().substring(GiftAssets.PATH.length());
    boolean authorization = request.getHeaders().get("Authorization") != null;
    String method = request.getMethod();
    GiftAssets.Asset asset = GiftAssets.get(file);
    if (asset == null || !(method.equals("GET") || method.equals("HEAD"))) {
      int status = asset == null ? 404 : 405;
      record(new Download(file, status, authorization, "none"));
      return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/plain; charset=utf-8")
          .body(status == 404 ? "No such asset.\n" : "Method not allowed.\n").build();
    }
    Fault fault;
    synchronized (this) {
      fault = method.equals("GET") ? faults.poll() : null;
    }
    record(new Download(file, 200, authorization, fault == null ? "none" : fault.kind().name().toLowerCase()));
    byte[] bytes = asset.bytes();
    MockResponse.Builder r = new MockResponse.Builder().code(200)
        .setHeader("Content-Type", asset.mediaType())
        .setHeader("Cache-Control", "public, max-age=31536000, immutable")
        .setHeader("ETag", "\"" + asset.sha256() + "\"");
    if (method.equals("HEAD")) {
      return r.setHeader("Content-Length", Long.toString(bytes.length)).build();
    }
    if (fault == null) {
      return r.body(new Buffer().write(bytes)).build();
    }
    switch (fault.kind()) {
      case CORRUPT -> {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 0x5A;
        r.body(new Buffer().write(copy));
      }
      case TRUNCATE -> r.body(new Buffer().write(bytes, 0, bytes.length / 2))
          .setHeader("Content-Length", Long.toString(bytes.length))
          .onResponseEnd(new SocketEffect.CloseSocket());
      case OVERSIZE -> r.body(new Buffer().write(bytes).write(new byte[(int) fault.bytes()]));
      case DRIP -> r.body(new Buffer().write(bytes))
          .throttleBody(fault.bytes(), fault.period().toNanos(), TimeUnit.NANOSECONDS);
      default -> throw new AssertionError(fault);
    }
    return r.build();
  }

  private synchronized void record(Download download) {
    downloads.add(download);
  }
}
