package mx.bitacora.query.audittrail;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.testing.AggregateEventLog;
import mx.bitacora.query.testing.NetworkEventLog;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends events of every aggregate as command-service stores them ({@link NetworkEventLog}), and
 * builds bare events of every type and the metadata of their origin.
 */
final class AuditTrailEventLog {

  private final NetworkEventLog log;

  AuditTrailEventLog(EventStore eventStore) {
    this.log = new NetworkEventLog(eventStore);
  }

  String append(Object event, Map<String, Object> metaData) {
    return log.append(event, metaData);
  }

  /**
   * An instance of {@code type} with every component empty (null, zero, false) except its first,
   * the aggregate id: events of every type the contract has, however few facts they carry.
   */
  static Object bare(Class<?> type, Object aggregateId) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = i == 0 ? aggregateId : empty(types[i]);
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    return canonical.newInstance(values);
  }

  private static Object empty(Class<?> type) {
    if (type == int.class) {
      return 0;
    } else if (type == long.class) {
      return 0L;
    } else if (type == boolean.class) {
      return false;
    }
    return null;
  }

  static Map<String, Object> by(String user, AgencyId agency, String requestId, String roles) {
    return AggregateEventLog.origin(user, agency, requestId, roles);
  }
}
