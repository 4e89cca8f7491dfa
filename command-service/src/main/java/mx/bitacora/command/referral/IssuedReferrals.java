package mx.bitacora.command.referral;

import java.util.List;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The answer to an issued referral, from its stored issue event: so a retry of the same issue,
 * answered as the first, warns as the first did, of what the event records (not of what the
 * shelter's places are by now). Warning texts come from the messages bundles ({@code
 * warning.<CODE>.detail}), in the request's language.
 */
@Component
class IssuedReferrals {

  private final EventStore eventStore;
  private final MessageSource messages;

  IssuedReferrals(EventStore eventStore, MessageSource messages) {
    this.eventStore = eventStore;
    this.messages = messages;
  }

  ReferralRequests.Issued answer(ReferralId referralId) {
    DomainEventStream events = eventStore.readEvents(referralId.toString());
    boolean full =
        events.hasNext()
            && events.next().getPayload() instanceof ReferralIssuedEvent issued
            && Boolean.TRUE.equals(issued.receivingShelterFull());
    List<ReferralRequests.IssueWarning> warnings =
        full ? List.of(warning(ReferralWarning.RECEIVING_SHELTER_FULL)) : List.of();
    return new ReferralRequests.Issued(referralId, warnings);
  }

  private ReferralRequests.IssueWarning warning(ReferralWarning code) {
    return new ReferralRequests.IssueWarning(
        code,
        messages.getMessage(
            "warning." + code.name() + ".detail", null, LocaleContextHolder.getLocale()));
  }
}
