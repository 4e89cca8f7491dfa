/** What an event's payload says of when it happened and whom it names, read in one place. */
package mx.bitacora.platform.eventfacts;
