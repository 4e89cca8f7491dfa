/**
 * One training session as its page shows it: its facts, its participants with what stands of their
 * attendance and completion, every fact recorded about them (with the correction or voiding that
 * names it) and its history; each agency sees its own participants, the trainer and the commission
 * all of them.
 */
package mx.bitacora.query.trainingsessions;
