package mx.bitacora.events.commitment;

/** Every fact recorded about one commitment. */
public sealed interface CommitmentEvent
    permits CommitmentMadeEvent, CommitmentRevisedEvent, CommitmentWithdrawnEvent {

  CommitmentId commitmentId();
}
