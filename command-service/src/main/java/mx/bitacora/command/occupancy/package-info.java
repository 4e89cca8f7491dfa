/** Each shelter's places as the command side knows them, kept in the events' own transaction. */
package mx.bitacora.command.occupancy;
