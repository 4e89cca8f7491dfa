package mx.bitacora.query.shelters;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterKind;

/**
 * One shelter as the directory shows it. {@code municipality} and {@code state} are null for a
 * refugio, whose whereabouts are never shown. {@code operatorName} is the operating agency's
 * current name (null if the agencies projection does not know it). {@code placesTaken} counts the
 * referrals to the shelter that stand accepted (accepted, not closed, the acceptance not voided);
 * {@code freePlaces} is the capacity less those, never below zero. {@code acceptsReferrals}: the
 * shelter is open and its operator not deactivated, whether or not a place is free.
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
    long placesTaken,
    long freePlaces,
    boolean open,
    boolean acceptsReferrals) {}
