/**
 * Helpers for tests: a fresh PostgreSQL database per test class, and tokens signed with the dev
 * key.
 */
package mx.bitacora.testsupport;
