/** The docs against the code: every test and member a doc names exists. */
package mx.bitacora.system.docs;
