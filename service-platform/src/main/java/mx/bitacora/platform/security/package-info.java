/** Who is calling: JWT resource-server set-up, roles, the acting agency, the dev-key guard. */
package mx.bitacora.platform.security;
