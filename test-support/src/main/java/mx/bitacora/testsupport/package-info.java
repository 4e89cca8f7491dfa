/**
 * Helpers for tests: a fresh PostgreSQL database per test class, the least-privilege roles in it,
 * tokens signed with the dev key, the network's agencies registered, and the contract every
 * service's problem codes and their messages must meet.
 */
package mx.bitacora.testsupport;
