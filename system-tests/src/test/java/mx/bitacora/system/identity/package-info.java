/**
 * The identity provider: a real Keycloak with the repository's realm, and the services it signs
 * users into.
 */
package mx.bitacora.system.identity;
