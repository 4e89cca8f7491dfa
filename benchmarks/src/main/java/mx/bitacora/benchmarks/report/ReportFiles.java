package mx.bitacora.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's JSON file whole, and its tables into the Markdown file between two marker
 * comments, so that the hand-written analysis around them survives the next run.
 */
public final class ReportFiles {

  static final String START = "<!-- benchmark results: start (written by benchmarks/run) -->";
  static final String END = "<!-- benchmark results: end -->";

  private ReportFiles() {}

  /** Writes {@code report} to {@code json} and into {@code markdown}. */
  public static void write(Report report, Path markdown, Path json) throws IOException {
    Files.createDirectories(json.toAbsolutePath().getParent());
    new ObjectMapper()
        .findAndRegisterModules()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(json.toFile(), report);
    String tables = START + "\n\n" + MarkdownReport.render(report) + "\n" + END;
    String text =
        Files.exists(markdown)
            ? Files.readString(markdown)
            : "# Benchmarks\n\n" + START + "\n" + END + "\n";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String updated =
        start >= 0 && end > start
            ? text.substring(0, start) + tables + text.substring(end + END.length())
            : text + "\n" + tables + "\n";
    Files.writeString(markdown, updated);
  }
}
