/** The web application: sign-in through the identity provider and pages built from the services. */
package mx.bitacora.web;
