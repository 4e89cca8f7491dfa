package mx.bitacora.events.training;

import mx.bitacora.events.common.AgencyId;

/**
 * A staff member of {@code agency}, known only by a pseudonymous id and their role (e.g. "Psicóloga
 * del CAT"), was enrolled in the session.
 */
public record ParticipantEnrolledEvent(
    TrainingSessionId trainingSessionId, StaffId staffId, AgencyId agency, String role)
    implements TrainingEvent {}
