/**
 * The training pages of agency staff: scheduling a session, enrolling staff, recording attendance
 * and completions through command-service, and the agency's sessions as query-service lists them.
 */
package mx.bitacora.web.training;
