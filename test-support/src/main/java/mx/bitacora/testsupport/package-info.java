/**
 * Helpers for tests: a fresh PostgreSQL database per test class, the least-privilege roles in it,
 * tokens signed with the dev key, and the network's agencies registered.
 */
package mx.bitacora.testsupport;
