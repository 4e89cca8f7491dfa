/**
 * The network's "today": one clock for every command handler that needs the current date; the rule
 * for a fact's business time against it ({@link mx.bitacora.command.time.BusinessTime}).
 */
package mx.bitacora.command.time;
