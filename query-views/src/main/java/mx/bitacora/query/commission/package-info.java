/**
 * The commission overview: the network's agencies and training completions as projections, and
 * cross-agency counts of referrals, answer times, escalations, deliveries and completions; and the
 * agency directory every signed-in role reads.
 */
package mx.bitacora.query.commission;
