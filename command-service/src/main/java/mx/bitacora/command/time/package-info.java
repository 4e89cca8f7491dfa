/** The network's "today": one clock for every command handler that needs the current date. */
package mx.bitacora.command.time;
