/** Problems shared by the aggregates that record corrections and voidings of their facts. */
package mx.bitacora.command.correction;
