package mx.bitacora.query.shelters;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.query.referrals.ReferralState;

/**
 * One shelter as the directory shows it. {@code municipality} and {@code state} are null for a
 * refugio, whose whereabouts are never shown. {@code operatorName} is the operating agency's
 * current name (null if the agencies projection does not know it). {@code placesTaken} counts the
 * referrals to the shelter that stand accepted (accepted, not closed, the acceptance not voided);
 * {@code freePlaces} is the capacity less those, never below zero. {@code acceptsReferrals}: the
 * shelter is open and its operator not deactivated, whether or not a place is free. Both counts are
 * also given as text ({@code placesTakenShown}, {@code freePlacesShown}): to a compliance reviewer
 * places taken from 1 to 4 as "<5", and the free places that would give them away (the capacity
 * less the places taken) as "withheld", the numbers null ({@link ShelterCounts}).
 */
public record ShelterListing(
    ShelterId shelterId,
    String name,
    ShelterKind kind,
    AgencyId operatingAgency,
    String operatorName,
    String municipality,
    String state,
    boolean servesMinors,
    int capacity,
    Long placesTaken,
    Long freePlaces,
    String placesTakenShown,
    String freePlacesShown,
    boolean open,
    boolean acceptsReferrals) {

  /** The same shelter with its counts as {@code counts} shows them. */
  ShelterListing shownAs(ShelterCounts counts) {
    return new ShelterListing(
        shelterId,
        name,
        kind,
        operatingAgency,
        operatorName,
        municipality,
        state,
        servesMinors,
        capacity,
        counts.referrals(ReferralState.ACCEPTED),
        counts.freePlaces(),
        counts.referralsShown(ReferralState.ACCEPTED),
        counts.freePlacesShown(),
        open,
        acceptsReferrals);
  }
}
