/** Commitments: what an agency or a project promised; made, revised or withdrawn with a reason. */
package mx.bitacora.command.commitment;
