package io.livecoins.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real (small) gift asset files bundled with the mock under {@code io/livecoins/testing/assets/gifts/}:
 * their bytes, and their size and SHA-256 computed from those bytes when first used, so that the catalog
 * always describes exactly the files served. Media type, dimensions and duration come from the bundled
 * {@code assets.tsv}. Loaded once per JVM; immutable.
 */
public final class GiftAssets {
  /** Where the files are served: {@code GET /assets/gifts/{file}} (no authentication, like a CDN). */
  public static final String PATH = "/assets/gifts/";
  private static final String RESOURCES = "/io/livecoins/testing/assets/gifts/";

  /** One bundled file. */
  public record Asset(String file, String mediaType, int width, int height, long durationMillis, byte[] bytes,
      String sha256) {
    /** {@return whether it is a sound} */
    public boolean sound() {
      return mediaType.startsWith("audio/");
    }

    /** {@return the contract's {@code GiftAsset} JSON for this file served at {@code baseUrl}} */
    public Map<String, Object> view(String baseUrl) {
      return Maps.of("url", baseUrl + PATH + file, "mediaType", mediaType, "sizeBytes", (long) bytes.length,
          "durationMillis", durationMillis, "width", width, "height", height, "sha256", sha256);
    }
  }

  private static final Map<String, Asset> ASSETS = load();

  private GiftAssets() {}

  /** {@return the file named {@code file}, or null} */
  public static Asset get(String file) {
    return ASSETS.get(file);
  }

  /** {@return every bundled file by name, in manifest order} */
  public static Map<String, Asset> all() {
    return ASSETS;
  }

  private static Map<String, Asset> load() {
    Map<String, Asset> out = new LinkedHashMap<>();
    String manifest = new String(read("assets.tsv"), StandardCharsets.UTF_8);
    for (String line : manifest.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      byte[] bytes = read(f[0]);
      out.put(f[0], new Asset(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Long.parseLong(f[4]),
          bytes, sha256(bytes)));
    }
    return Collections.unmodifiableMap(out);
  }

  private static byte[] read(String file) {
    try (InputStream in = GiftAssets.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled gift asset " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the lower-case hex SHA-256 of {@code bytes}} */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
