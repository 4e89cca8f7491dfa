/** CSV exports: cells safe to open in a spreadsheet. */
package mx.bitacora.platform.csv;
