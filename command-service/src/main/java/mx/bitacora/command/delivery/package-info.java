/** Material deliveries to shelters: plan, dispatch, acknowledge receipt, void. */
package mx.bitacora.command.delivery;
