/**
 * PostgreSQL notifications: one connection LISTENs on every channel a {@link
 * mx.bitacora.query.notifications.NotificationHandler} names and hands each notification to it.
 */
package mx.bitacora.query.notifications;
