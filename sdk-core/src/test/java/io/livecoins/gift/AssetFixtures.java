package io.livecoins.gift;

import io.livecoins.AuthTokenProvider;
import io.livecoins.LiveCoins;
import io.livecoins.RetryPolicy;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Deterministic asset files, their descriptions, and clients for the gift asset cache tests. */
public final class AssetFixtures {
  private AssetFixtures() {}

  /** The bytes of asset {@code n}: {@code size} seeded random bytes, the same in every JVM. */
  public static byte[] content(int n, int size) {
    byte[] bytes = new byte[size];
    new Random(20261201L * 31 + n).nextBytes(bytes);
    return bytes;
  }

  /** The description of {@code bytes} served at {@code url}. */
  public static GiftAsset asset(String url, byte[] bytes) {
    return GiftAsset.builder().url(url).mediaType(GiftAsset.WEBP).sizeBytes(bytes.length).durationMillis(1200)
        .width(64).height(64).sha256(sha256(bytes)).build();
  }

  /** The SHA-256 of {@code bytes}, lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) hex.append(String.format("%02x", b & 0xff));
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** A client of {@code baseUrl} (a loopback mock server), retries without jitter. */
  public static LiveCoins.Builder client(String baseUrl) {
    return LiveCoins.builder()
        .baseUrl(baseUrl)
        .authTokenProvider(AuthTokenProvider.of("bob", "demo-token-bob"))
        .retryPolicy(RetryPolicy.builder().jitter(false).build());
  }

  /** The names of the files in {@code dir}, sorted; empty when it does not exist. */
  public static List<String> names(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) return names;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path path : stream) names.add(path.getFileName().toString());
    }
    Collections.sort(names);
    return names;
  }

  /** The names in {@code dir} that end in {@code .part}: downloads not finished. */
  public static List<String> parts(Path dir) throws IOException {
    List<String> parts = new ArrayList<>();
    for (String name : names(dir)) if (name.endsWith(".part")) parts.add(name);
    return parts;
  }

  /** The names in {@code dir} of verified assets (checksum-named files). */
  public static List<String> assets(Path dir) throws IOException {
    List<String> assets = new ArrayList<>();
    for (String name : names(dir)) if (name.matches("[0-9a-f]{64}\\.[a-z0-9]+")) assets.add(name);
    return assets;
  }

}
