package io.livecoins.sample.jvm;

import io.livecoins.Sleeper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The LiveCoins JVM sample: the walkthrough (default) or the interactive shell ({@code
 * --interactive}), against the embedded mock backend or {@code --base-url}. Exit status 0 when
 * everything behaved, 1 when something did not, 2 for bad flags; {@code --help} lists the flags.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, Console.system(), System.err, Sleeper.SYSTEM));
  }

  static int run(String[] args, InputStream in, Console console, PrintStream err, Sleeper sleeper) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println();
      err.println(Options.USAGE);
      return 2;
    }
    if (options.help()) {
      console.line(Options.USAGE);
      return 0;
    }
    Path dataDir = createDataDir();
    try (Backend backend = Backend.of(options);
        WebCheckout web = options.payOnWeb() ? new WebCheckout(WebCheckout.desktopOrPrint(console)) : null) {
      // A real app keeps its pending-order files in its data directory; the sample uses a
      // temporary one, so every run starts clean.
      Clients clients = new Clients(backend.baseUrl(), options.region(), dataDir, sleeper,
          web == null ? null : web.provider());
      if (options.interactive()) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new InteractiveShell(backend, options, clients, reader, console).run();
      }
      return new Walkthrough(backend, options, console, clients, sleeper).run();
    } finally {
      console.flush();
      deleteQuietly(dataDir);
    }
  }

  private static Path createDataDir() {
    try {
      return Files.createTempDirectory("livecoins-sample");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
