package mx.bitacora.command.occupancy;

import mx.bitacora.events.referral.CaseNoteAddedEvent;
import mx.bitacora.events.referral.ConsentNarrowedEvent;
import mx.bitacora.events.referral.ConsentWithdrawnEvent;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.VictimDetailsAmendedEvent;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.events.shelter.ShelterEvent;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ShelterOccupancyTable} up to date from shelter and referral events. Its processing
 * group is subscribing ({@link ShelterOccupancyConfiguration}): it runs in the transaction that
 * appends the events, so the table never lags the log and a failure here refuses the command.
 * Places taken follow the shelter directory's meaning: a referral holds a place while it stands
 * accepted; closing it, or voiding its acceptance, frees it.
 */
@Component
@ProcessingGroup(ShelterOccupancyProjection.GROUP)
class ShelterOccupancyProjection {

  static final String GROUP = "shelter-occupancy";

  private final ShelterOccupancyTable table;

  ShelterOccupancyProjection(ShelterOccupancyTable table) {
    this.table = table;
  }

  @EventHandler
  void on(ShelterEvent event) {
    switch (event) {
      case ShelterRegisteredEvent registered ->
          table.registered(
              registered.shelterId(), registered.operatingAgency(), registered.capacity());
      case ShelterCapacityChangedEvent changed ->
          table.capacityChanged(changed.shelterId(), changed.capacity());
      case ShelterClosedEvent closed -> table.closed(closed.shelterId());
    }
  }

  @EventHandler
  void on(ReferralEvent event) {
    switch (event) {
      case ReferralIssuedEvent issued -> {
        if (issued.receivingShelter() != null) {
          table.referred(issued.referralId(), issued.receivingShelter());
        }
      }
      case ReferralAcceptedEvent accepted -> table.placeTaken(accepted.referralId());
      // Closing frees the place; a voided acceptance awaits an answer again (a voided decline or
      // withdrawal held none, so freeing changes nothing).
      case ReferralClosedEvent closed -> table.placeFreed(closed.referralId());
      case ReferralStepVoidedEvent voided -> table.placeFreed(voided.referralId());
      case ReferralDeclinedEvent declined -> {
        // Answered from awaiting: it held no place.
      }
      case ReferralWithdrawnEvent withdrawn -> {
        // Withdrawn while awaiting an answer: it held no place.
      }
      case ReferralEscalatedEvent escalated -> {
        // A notice, not a state.
      }
      case ConsentNarrowedEvent narrowed -> {
        // Consent does not change places.
      }
      case ConsentWithdrawnEvent withdrawn -> {
        // Consent does not change places.
      }
      case VictimDetailsAmendedEvent amended -> {
        // Case data does not change places.
      }
      case CaseNoteAddedEvent note -> {
        // Case data does not change places.
      }
    }
  }
}
