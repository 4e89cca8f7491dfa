package mx.bitacora.events.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import org.axonframework.serialization.Revision;

/**
 * The trainer agency scheduled a session on {@code topic} for {@code audience}, lasting {@code
 * hours}, held on business date {@code heldOn} at {@code place}, with room for {@code capacity}
 * participants. {@code projectId} may be null.
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
    int capacity)
    implements TrainingEvent {}
