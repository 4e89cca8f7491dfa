/** What every aggregate that takes corrections and voidings keeps of its correctable facts. */
package mx.bitacora.command.correction;
