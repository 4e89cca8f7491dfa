/** Facts about commitments: what an agency or a project promised, revised or withdrawn. */
package mx.bitacora.events.commitment;
