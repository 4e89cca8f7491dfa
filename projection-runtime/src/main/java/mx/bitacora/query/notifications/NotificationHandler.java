package mx.bitacora.query.notifications;

/** Receives the notifications PostgreSQL delivers on one channel (a Spring bean each). */
public interface NotificationHandler {

  /** The channel to LISTEN on: a plain lower-case identifier. */
  String channel();

  /** One notification's payload, on the listener's thread: keep it short. */
  void handle(String payload);

  /**
   * Called each time the listener has (re)started listening: notifications sent while it was not
   * are lost, so a handler may catch up here.
   */
  default void listening() {}
}
