package mx.bitacora.events.training;

import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/**
 * A staff member of {@code agency}, known only by a pseudonymous id and their role (e.g. "Psicóloga
 * del CAT"), was enrolled in the session.
 */
@Revision("1")
public record ParticipantEnrolledEvent(
    TrainingSessionId trainingSessionId, StaffId staffId, AgencyId agency, String role)
    implements TrainingEvent {}
