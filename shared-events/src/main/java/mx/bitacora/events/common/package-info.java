/** Value types shared by every aggregate's events: typed ids of agencies, shelters and projects. */
package mx.bitacora.events.common;
