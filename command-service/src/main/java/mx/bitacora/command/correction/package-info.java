/**
 * Corrections and voidings: what every aggregate that takes them keeps of its correctable facts,
 * and the problems they share.
 */
package mx.bitacora.command.correction;
