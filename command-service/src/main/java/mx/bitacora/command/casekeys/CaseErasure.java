package mx.bitacora.command.casekeys;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The erasure of one agency's case: its data key is deleted and the fact recorded, naming the
 * issuing agency, in one transaction. The referrals' events stay as they were; only their sealed
 * details become unreadable. Another agency's case under the same reference is another aggregate.
 */
@Aggregate
class CaseErasure {

  @AggregateIdentifier private AgencyCase agencyCase;

  CaseErasure() {
    // for Axon: rebuilt from its events
  }

  @CommandHandler
  CaseErasure(EraseCaseCommand command, CaseKeys keys) {
    AgencyCase erased = command.agencyCase();
    ensureNotYetErased(erased, keys);
    ensureCaseKnown(erased, keys);
    keys.destroy(erased);
    apply(new CaseErasedEvent(erased.caseReference(), erased.issuingAgency()));
  }

  private static void ensureNotYetErased(AgencyCase agencyCase, CaseKeys keys) {
    if (keys.isErased(agencyCase)) {
      throw new RejectedException(CaseProblem.CASE_ALREADY_ERASED, agencyCase.caseReference());
    }
  }

  private static void ensureCaseKnown(AgencyCase agencyCase, CaseKeys keys) {
    if (keys.wrappedKey(agencyCase).isEmpty()) {
      throw new RejectedException(CaseProblem.CASE_NOT_FOUND, agencyCase.caseReference());
    }
  }

  @EventSourcingHandler
  void on(CaseErasedEvent event) {
    agencyCase = new AgencyCase(event.issuingAgency(), event.caseReference());
  }
}
