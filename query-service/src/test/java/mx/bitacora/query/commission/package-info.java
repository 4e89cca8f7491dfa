/** Tests of the agencies and training projections and of the commission overview. */
package mx.bitacora.query.commission;
