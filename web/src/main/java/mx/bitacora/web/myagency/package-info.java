/** The "my agency" page: the signed-in person's agency summary, as query-service answers it. */
package mx.bitacora.web.myagency;
