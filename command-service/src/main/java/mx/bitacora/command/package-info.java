/**
 * command-service: records the network's actions as events, through aggregates that keep the rules.
 */
package mx.bitacora.command;
