/** Data keys wrapped by the master key: created, stored as bytes, unwrapped for use. */
package mx.bitacora.command.keywrapping;
