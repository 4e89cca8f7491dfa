/**
 * The compliance reviews pages: the reviews a person may see, opening one, a review with its
 * criteria and findings (recording a finding with evidence picked from the audit trail, answering,
 * accepting, reopening, concluding) and its report, as the services answer them.
 */
package mx.bitacora.web.reviews;
