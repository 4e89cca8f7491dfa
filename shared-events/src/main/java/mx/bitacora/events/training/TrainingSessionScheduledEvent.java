package mx.bitacora.events.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import org.axonframework.serialization.Revision;

/**
 * The trainer agency scheduled a session on {@code topic} for {@code audience}, lasting {@code
 * hours}, held on business date {@code heldOn} at {@code place}, with room for {@code capacity}
 * participants. {@code projectId} may be null. A session for several audiences (shelter staff and
 * prosecutors together) lists them all in {@code audiences}, the first of which is {@code
 * audience}; {@code audiences} is null in events stored before it existed (see {@link
 * #allAudiences()}).
 */
@Revision("1")
public record TrainingSessionScheduledEvent(
    TrainingSessionId trainingSessionId,
    ProjectId projectId,
    String topic,
    AgencyId trainerAgency,
    TrainingAudience audience,
    BigDecimal hours,
    LocalDate heldOn,
    String place,
    int capacity,
    List<TrainingAudience> audiences)
    implements TrainingEvent {

  /** Every audience of the session: {@code audiences}, or only {@code audience} when not listed. */
  public List<TrainingAudience> allAudiences() {
    return audiences == null || audiences.isEmpty() ? List.of(audience) : audiences;
  }
}
