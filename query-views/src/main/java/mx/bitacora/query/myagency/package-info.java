/** The my-agency view: everything the caller's agency did or received, counted and listed. */
package mx.bitacora.query.myagency;
