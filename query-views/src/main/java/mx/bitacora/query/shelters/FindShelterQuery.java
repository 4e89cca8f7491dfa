package mx.bitacora.query.shelters;

import mx.bitacora.events.common.ShelterId;

/** Asks for one shelter's view, its materials counted over {@code period}. */
record FindShelterQuery(ShelterId shelterId, ReceiptPeriod period, ShelterReader reader) {}
