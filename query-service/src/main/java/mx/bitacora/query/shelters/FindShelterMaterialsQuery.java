package mx.bitacora.query.shelters;

import mx.bitacora.events.common.ShelterId;

/** Asks for one page of a shelter's acknowledged lines, optionally of one item and period. */
record FindShelterMaterialsQuery(
    ShelterId shelterId,
    String item,
    ReceiptPeriod period,
    int page,
    int size,
    ShelterReader reader) {

  long offset() {
    return (long) page * size;
  }
}
