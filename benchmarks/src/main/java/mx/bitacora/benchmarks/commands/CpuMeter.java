package mx.bitacora.benchmarks.commands;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.bitacora.benchmarks.environment.ServiceProcess;

/**
 * CPU time each process spends over a phase, per operation: where the two cores go (the services,
 * and the driver itself, which shares the machine with them).
 */
public final class CpuMeter {

  private final ServiceProcess commandService;
  private final ServiceProcess queryService;
  private double[] start;

  public CpuMeter(ServiceProcess commandService, ServiceProcess queryService) {
    this.commandService = commandService;
    this.queryService = queryService;
  }

  /** Starts a phase. */
  public void start() {
    start = now();
  }

  /** CPU milliseconds per operation since {@link #start()}, per process. */
  public Map<String, Double> perOperation(long operations) {
    double[] end = now();
    Map<String, Double> perOperation = new LinkedHashMap<>();
    String[] names = {"command-service", "query-service", "driver"};
    for (int i = 0; i < names.length; i++) {
      perOperation.put(names[i], 1000 * (end[i] - start[i]) / Math.max(1, operations));
    }
    return perOperation;
  }

  private double[] now() {
    double driver =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            / 1e9;
    return new double[] {commandService.cpuSeconds(), queryService.cpuSeconds(), driver};
  }
}
