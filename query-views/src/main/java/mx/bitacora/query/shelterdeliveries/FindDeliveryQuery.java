package mx.bitacora.query.shelterdeliveries;

import mx.bitacora.events.delivery.DeliveryId;

/** Asks for one delivery's detail and history. */
record FindDeliveryQuery(DeliveryId deliveryId, DeliveryVisibility visibility) {}
