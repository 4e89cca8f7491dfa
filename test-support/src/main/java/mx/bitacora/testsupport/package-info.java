/**
 * Helpers for tests: a fresh PostgreSQL database per test class, the least-privilege roles in it,
 * and tokens signed with the dev key.
 */
package mx.bitacora.testsupport;
