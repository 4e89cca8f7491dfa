/**
 * Facts about training sessions: scheduled, participants enrolled, attended, completed, cancelled.
 */
package mx.bitacora.events.training;
