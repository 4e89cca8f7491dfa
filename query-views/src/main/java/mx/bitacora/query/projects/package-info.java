/** The project view: a support project's deliveries, sessions, totals and what is pending. */
package mx.bitacora.query.projects;
