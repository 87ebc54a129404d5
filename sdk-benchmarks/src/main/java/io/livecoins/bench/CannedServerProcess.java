package io.livecoins.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;

/**
 * The canned MockWebServer ({@link Fixtures#cannedServer()}) in a child JVM on 127.0.0.1, so that the
 * benchmark JVM holds only the clients: JMH's {@code -prof gc} counts every thread of its JVM, and the
 * server's allocation would otherwise be counted per call too. The child prints its port, serves until
 * its standard input closes (so it also ends if this JVM dies), and is destroyed by {@link #close()}.
 */
public final class CannedServerProcess implements AutoCloseable {
  private final Process process;
  private final HttpUrl url;

  private CannedServerProcess(Process process, HttpUrl url) {
    this.process = process;
    this.url = url;
  }

  /** Starts the child and waits for its port. */
  public static CannedServerProcess start() throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-cp", System.getProperty("java.class.path"), CannedServerProcess.class.getName());
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process process = pb.start();
    BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = reader.readLine();
    if (line == null || !line.startsWith("PORT ")) {
      process.destroyForcibly();
      throw new IOException("canned server did not start: " + line);
    }
    int port = Integer.parseInt(line.substring(5).trim());
    return new CannedServerProcess(process, HttpUrl.get("http://127.0.0.1:" + port + "/"));
  }

  /** The server's base URL, {@code http://127.0.0.1:<port>/}. */
  public HttpUrl url() {
    return url;
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
    } catch (IOException | InterruptedException e) {
      process.destroyForcibly();
    }
  }

  /** The child: serve until standard input closes. */
  public static void main(String[] args) throws IOException {
    try (MockWebServer server = Fixtures.cannedServer()) {
      System.out.println("PORT " + server.getPort());
      System.out.flush();
      while (System.in.read() != -1) {
        // Nothing is sent on stdin; EOF means the parent is done (or gone).
      }
    }
  }
}
