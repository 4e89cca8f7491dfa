package mx.bitacora.events.commitment;

import org.axonframework.serialization.Revision;

/**
 * The commitment's terms were revised, with the reason: {@code terms} replace the earlier ones in
 * full (same kind); the earlier terms stay in the log. The actor is in the event's metadata.
 */
@Revision("1")
public record CommitmentRevisedEvent(
    CommitmentId commitmentId, CommitmentTerms terms, String reason) implements CommitmentEvent {}
