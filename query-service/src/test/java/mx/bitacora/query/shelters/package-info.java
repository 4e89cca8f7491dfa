/** Tests of the shelter view: its projections, figures, visibility and problems. */
package mx.bitacora.query.shelters;
