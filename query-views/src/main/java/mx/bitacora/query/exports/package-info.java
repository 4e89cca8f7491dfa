/**
 * Exports of the views as files: one CSV table (RFC 4180, CRLF, cells safe in a spreadsheet), and a
 * view's answer flattened into rows of figure and value, so an export holds exactly what the view
 * answers the same caller.
 */
package mx.bitacora.query.exports;
