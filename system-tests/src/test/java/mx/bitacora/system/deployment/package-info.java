/**
 * Checks of the deployment files (compose file, Dockerfile, database init script) without Docker.
 */
package mx.bitacora.system.deployment;
