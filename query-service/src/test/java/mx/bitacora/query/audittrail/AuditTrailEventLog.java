package mx.bitacora.query.audittrail;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import mx.bitacora.events.agency.AgencyEvent;
import mx.bitacora.events.cases.CaseEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.delivery.DeliveryEvent;
import mx.bitacora.events.project.ProjectEvent;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.events.shelter.ShelterEvent;
import mx.bitacora.events.training.TrainingEvent;
import mx.bitacora.query.testing.AggregateEventLog;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends events of every aggregate as command-service stores them: its aggregate type, and its
 * stream id (agencies, shelters and projects prefixed, a case erasure under its case reference).
 * Returns each event's identifier, for the corrections that name it.
 */
final class AuditTrailEventLog {

  private final AggregateEventLog log;

  AuditTrailEventLog(EventStore eventStore) {
    this.log = new AggregateEventLog(eventStore);
  }

  String append(Object event, Map<String, Object> metaData) {
    return log.append(aggregateTypeOf(event), streamIdOf(event), event, metaData);
  }

  /** The aggregate type command-service stores for the event's family. */
  static String aggregateTypeOf(Object event) {
    if (event instanceof AgencyEvent) {
      return "Agency";
    } else if (event instanceof ShelterEvent) {
      return "Shelter";
    } else if (event instanceof ProjectEvent) {
      return "Project";
    } else if (event instanceof DeliveryEvent) {
      return "Delivery";
    } else if (event instanceof TrainingEvent) {
      return "TrainingSession";
    } else if (event instanceof ReferralEvent) {
      return "Referral";
    } else if (event instanceof CaseEvent) {
      return "CaseErasure";
    }
    throw new IllegalArgumentException("not an event of shared-events");
  }

  /** The stream id command-service stores the event's aggregate under. */
  static String streamIdOf(Object event) {
    if (event instanceof AgencyEvent agency) {
      return "agency:" + agency.agencyId();
    } else if (event instanceof ShelterEvent shelter) {
      return "shelter:" + shelter.shelterId();
    } else if (event instanceof ProjectEvent project) {
      return "project:" + project.projectId();
    } else if (event instanceof DeliveryEvent delivery) {
      return delivery.deliveryId().toString();
    } else if (event instanceof TrainingEvent training) {
      return training.trainingSessionId().toString();
    } else if (event instanceof ReferralEvent referral) {
      return referral.referralId().toString();
    } else if (event instanceof CaseEvent erased) {
      return erased.caseReference().value();
    }
    throw new IllegalArgumentException("not an event of shared-events");
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
