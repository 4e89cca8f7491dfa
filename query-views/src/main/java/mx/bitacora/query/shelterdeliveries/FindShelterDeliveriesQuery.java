package mx.bitacora.query.shelterdeliveries;

import mx.bitacora.events.common.ShelterId;

/** Asks for one page of a shelter's deliveries, optionally only those in one status. */
record FindShelterDeliveriesQuery(
    ShelterId shelterId, DeliveryStatus status, int page, int size, DeliveryVisibility visibility) {

  long offset() {
    return (long) page * size;
  }
}
