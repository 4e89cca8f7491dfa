/** Signing in and out through the identity provider, the session, and who is signed in. */
package mx.bitacora.web.signin;
