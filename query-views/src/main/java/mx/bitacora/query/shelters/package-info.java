/**
 * The shelter view: a shelter's facts and capacity, the materials it acknowledged, its operator's
 * trained staff and the referrals it received.
 */
package mx.bitacora.query.shelters;
