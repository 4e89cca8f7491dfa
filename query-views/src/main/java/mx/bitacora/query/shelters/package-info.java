/**
 * The shelter view: a shelter's facts and capacity, the materials it acknowledged, its operator's
 * trained staff and the referrals it received; and the shelter directory every signed-in role reads
 * (capacity, places taken, whether it accepts referrals; never a refugio's whereabouts).
 */
package mx.bitacora.query.shelters;
