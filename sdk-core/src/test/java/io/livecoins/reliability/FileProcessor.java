package io.livecoins.reliability;

import io.livecoins.payment.PaymentProvider;
import io.livecoins.payment.PaymentRequest;
import io.livecoins.payment.PaymentResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A payment processor that outlives the app: every charge is appended (and forced to disk) to a log
 * in a shared directory before the token is handed back, and {@link #recoverAuthorization} finds it
 * again after a crash, as Play Billing's purchase query does. One log per app instance, so concurrent
 * processes never interleave lines. Provider id {@code card}; its tokens pass the mock's default
 * verifier.
 */
final class FileProcessor implements PaymentProvider {
  private final Path dir;
  private final String userId;
  private final String instance;
  private final AtomicInteger counter = new AtomicInteger();

  FileProcessor(Path dir, String userId, String instance) {
    this.dir = dir;
    this.userId = userId;
    this.instance = instance;
  }

  @Override
  public String id() {
    return "card";
  }

  @Override
  public PaymentResult authorize(PaymentRequest request) {
    String token = "tok_" + request.orderId() + "_" + instance + "_" + counter.incrementAndGet();
    byte[] line = (request.orderId() + " " + token + "\n").getBytes(StandardCharsets.UTF_8);
    Path log = dir.resolve("charges-" + userId + "-" + instance + ".log");
    try (FileChannel channel = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      channel.write(ByteBuffer.wrap(line));
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PurchaseChild.charged(request.orderId());
    return PaymentResult.authorized(token);
  }

  @Override
  public @Nullable String recoverAuthorization(String orderId) {
    for (String[] charge : charges(dir, userId)) {
      if (charge[0].equals(orderId)) return charge[1];
    }
    return null;
  }

  /** Every charge of {@code userId} as {orderId, token}, across all instances' logs. */
  static List<String[]> charges(Path dir, String userId) {
    List<String[]> out = new ArrayList<>();
    try (DirectoryStream<Path> logs = Files.newDirectoryStream(dir, "charges-" + userId + "-*.log")) {
      for (Path log : logs) {
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
          String[] parts = line.split(" ");
          if (parts.length == 2) out.add(parts);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
