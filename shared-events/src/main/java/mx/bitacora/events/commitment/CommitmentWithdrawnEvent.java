package mx.bitacora.events.commitment;

import org.axonframework.serialization.Revision;

/** The commitment was withdrawn, with the reason; it no longer binds anyone. */
@Revision("1")
public record CommitmentWithdrawnEvent(CommitmentId commitmentId, String reason)
    implements CommitmentEvent {}
