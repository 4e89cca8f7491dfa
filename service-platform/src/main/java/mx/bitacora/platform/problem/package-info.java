/** RFC 9457 problem responses in Spanish or English, with stable machine-readable codes. */
package mx.bitacora.platform.problem;
