package mx.bitacora.command.casekeys;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The erasure of one case: its data key is deleted and the fact recorded, in one transaction. The
 * referrals' events stay as they were; only their sealed details become unreadable.
 */
@Aggregate
class CaseErasure {

  @AggregateIdentifier private CaseReference caseReference;

  CaseErasure() {
    // for Axon: rebuilt from its events
  }

  @CommandHandler
  CaseErasure(EraseCaseCommand command, CaseKeys keys) {
    ensureNotYetErased(command.caseReference(), keys);
    ensureCaseKnown(command.caseReference(), keys);
    keys.destroy(command.caseReference());
    apply(new CaseErasedEvent(command.caseReference()));
  }

  private static void ensureNotYetErased(CaseReference caseReference, CaseKeys keys) {
    if (keys.isErased(caseReference)) {
      throw RejectedException.ruleViolated("CASE_ALREADY_ERASED", caseReference);
    }
  }

  private static void ensureCaseKnown(CaseReference caseReference, CaseKeys keys) {
    if (keys.wrappedKey(caseReference).isEmpty()) {
      throw RejectedException.notFound("CASE_NOT_FOUND", caseReference);
    }
  }

  @EventSourcingHandler
  void on(CaseErasedEvent event) {
    caseReference = event.caseReference();
  }
}
