package mx.bitacora.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mx.bitacora.benchmarks.commands.Network;
import mx.bitacora.benchmarks.environment.Platform;
import mx.bitacora.benchmarks.replay.EventSeeder;
import mx.bitacora.benchmarks.replay.ProjectionRebuild;

/**
 * A tuning aid, not part of the suite: seeds a log of {@code events} cloned stories, then rebuilds
 * every projection from scratch once per configuration ({@code ;}-separated lists of {@code
 * --name=value} settings for query-service; an empty one is the shipped configuration) for {@code
 * seconds} each, and prints each processor's progress. Every configuration sees the same log on the
 * same machine in one run, so their rates compare. Usage: {@code benchmarks/run-replay <events>
 * <seconds> '<settings>;<settings>…'}.
 */
public final class ReplayExperiment {

  private ReplayExperiment() {}

  public static void main(String[] args) throws Exception {
    long events = Long.parseLong(args[0]);
    double seconds = Double.parseDouble(args[1]);
    List<String> configurations =
        Arrays.asList(args.length > 2 ? args[2].split(";", -1) : new String[] {""});
    Path repository =
        Path.of(System.getProperty("bitacora.repository", ".")).toAbsolutePath().normalize();
    try (Platform platform = Platform.start(repository)) {
      Network network = new Network(platform.commandService().url(""), platform.identity());
      Network.Templates templates = network.recordTemplates();
      platform.stopQueryService();
      EventSeeder seeder = EventSeeder.fromStored(platform.database(), templates);
      System.out.printf("[replay] seeded %,d events in %.0f s%n", events, seeder.seed(events));
      for (String configuration : configurations) {
        List<String> settings =
            configuration.isBlank() ? List.of() : Arrays.asList(configuration.trim().split("\\s+"));
        ProjectionRebuild rebuild = new ProjectionRebuild(platform);
        ProjectionRebuild.RebuildResult result = rebuild.run(seconds, settings);
        System.out.printf(
            "[replay] %s: %s, slowest %.1f%% in %.0f s, %,.0f events/s (slowest processor);"
                + " positions %s%n",
            settings.isEmpty() ? "shipped" : settings,
            result.reachedHead() ? "at head" : "stopped",
            100 * result.slowestProcessorFraction(),
            result.totalSeconds(),
            result.eventsPerSecondProcessing(),
            rebuild.positionsByProcessor());
      }
    }
    System.exit(0);
  }
}
