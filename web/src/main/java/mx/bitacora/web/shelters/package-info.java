/** The agency's shelters: places, materials received per item and month, trained staff. */
package mx.bitacora.web.shelters;
