/** Facts about victims' cases as a whole: erasure of a case's encrypted data. */
package mx.bitacora.events.cases;
