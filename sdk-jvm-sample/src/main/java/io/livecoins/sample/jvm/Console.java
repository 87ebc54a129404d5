package io.livecoins.sample.jvm;

import java.io.PrintStream;

/**
 * Plain-text output with headings, status marks and a progress line. ANSI colours and in-place
 * progress only when {@code ansi} is set (stdout is a terminal); otherwise every line is plain, so
 * logs and tests read the same. Thread-safe: the gift feed prints from its own thread.
 */
final class Console {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String RED = "\u001b[31m";
  private static final String CYAN = "\u001b[36m";

  private final PrintStream out;
  private final boolean ansi;
  private boolean progressOpen;

  Console(PrintStream out, boolean ansi) {
    this.out = out;
    this.ansi = ansi;
  }

  /** A console on {@code System.out}, with colours only if it is a terminal. */
  static Console system() {
    return new Console(System.out, System.console() != null);
  }

  synchronized void title(String text) {
    endProgress();
    out.println(style(BOLD, text));
    out.println("=".repeat(text.length()));
  }

  synchronized void heading(String text) {
    endProgress();
    out.println();
    out.println(style(BOLD, text));
    out.println("-".repeat(text.length()));
  }

  synchronized void line(String text) {
    endProgress();
    out.println(text);
  }

  /** An indented line of narration. */
  void say(String text) {
    line("  " + text);
  }

  /** Something that went as expected. */
  void ok(String text) {
    mark(GREEN, "[ok]", text);
  }

  /** An error the app expected and handled (declined card, not enough coins...). */
  void handled(String text) {
    mark(YELLOW, "[handled]", text);
  }

  /** Something that did not behave: the sample will exit non-zero. */
  void failed(String text) {
    mark(RED, "[FAILED]", text);
  }

  void skipped(String text) {
    mark(CYAN, "[skipped]", text);
  }

  /**
   * Shows {@code text} as the current progress: rewritten in place on a terminal, one line each
   * otherwise. The next other output ends it.
   */
  synchronized void progress(String text) {
    if (ansi) {
      out.print("\r\u001b[2K  " + style(CYAN, text));
      out.flush();
      progressOpen = true;
    } else {
      out.println("  " + text);
    }
  }

  /** Shows the shell's prompt on a terminal; elsewhere {@link #echo} shows it with the input. */
  synchronized void prompt(String text) {
    endProgress();
    if (ansi) {
      out.print(style(BOLD, text));
      out.flush();
    }
  }

  /** Repeats a line of input when stdin is not a terminal, so a transcript shows what was asked. */
  synchronized void echo(String input) {
    if (!ansi) out.println("> " + input);
  }

  synchronized void table(Table table) {
    endProgress();
    for (String row : table.render()) out.println("  " + row);
  }

  synchronized void flush() {
    out.flush();
  }

  private synchronized void mark(String colour, String tag, String text) {
    endProgress();
    out.println("  " + style(colour, tag) + " " + text);
  }

  private void endProgress() {
    if (progressOpen) {
      out.println();
      progressOpen = false;
    }
  }

  private String style(String code, String text) {
    return ansi ? code + text + RESET : text;
  }
}
