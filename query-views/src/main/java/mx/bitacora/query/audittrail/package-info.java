/** The commission's audit trail: every event of every agency, in the event log's global order. */
package mx.bitacora.query.audittrail;
