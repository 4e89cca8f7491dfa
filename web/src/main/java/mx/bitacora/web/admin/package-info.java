/**
 * Administration: the network's agencies, people's accounts (their agency and roles, kept by the
 * identity provider and changed through its admin API with the administrator's own token), and the
 * events a view could not apply (dead letters).
 */
package mx.bitacora.web.admin;
