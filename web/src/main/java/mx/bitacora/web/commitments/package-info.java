/**
 * The commitments pages: the commitments a person may see with their status, and one commitment
 * with its terms, figures and the facts that count toward it, as query-service answers them.
 */
package mx.bitacora.web.commitments;
