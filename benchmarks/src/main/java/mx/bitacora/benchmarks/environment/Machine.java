package mx.bitacora.benchmarks.environment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** What the figures were measured on: cores, memory, PostgreSQL, JVM and flags, date, load. */
public record Machine(
    int cores,
    long memoryBytes,
    String cpu,
    String postgres,
    String jvm,
    List<String> serviceJvmFlags,
    List<String> driverJvmFlags,
    String date,
    String loadAverageAtStart) {

  /** Describes this machine; {@code database} answers the PostgreSQL version. */
  public static Machine describe(Connection database) throws SQLException {
    String postgres;
    try (Statement statement = database.createStatement();
        ResultSet version = statement.executeQuery("select version()")) {
      version.next();
      postgres = version.getString(1);
    }
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memTotal(),
        cpuModel(),
        postgres,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        Platform.JVM_FLAGS,
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(),
        read("/proc/loadavg"));
  }

  private static long memTotal() {
    for (String line : read("/proc/meminfo").split("\n")) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }

  private static String cpuModel() {
    for (String line : read("/proc/cpuinfo").split("\n")) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).strip();
      }
    }
    return "unknown";
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file)).strip();
    } catch (IOException e) {
      return "";
    }
  }
}
