/** Helpers for API tests: requests with dev tokens, problem assertions, event counts. */
package mx.bitacora.command.apitest;
