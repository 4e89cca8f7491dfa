/** Facts about compliance reviews: opened, findings recorded, answered, accepted, concluded. */
package mx.bitacora.events.review;
