package mx.bitacora.query.tracking;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This query-service instance's name among its peers: the owner it writes on the segments it claims
 * and the row it keeps alive in {@code read_model.processor_instance}. Unique per started
 * application, not per JVM (Axon's default, the JVM's name, is shared by two applications in one
 * JVM, which would then both process the same segment).
 */
public record InstanceId(String value) {

  static InstanceId generate() {
    return new InstanceId(
        ManagementFactory.getRuntimeMXBean().getName()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8));
  }
}
