package mx.bitacora.query.notifications;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * LISTENs on one connection for every handler's channel and hands each notification to its handler;
 * reconnects after a failure.
 */
@Component
class NotificationListener implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
  private static final int WAIT_MILLIS = 500;
  private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]*");

  private final DataSource dataSource;
  private final Map<String, NotificationHandler> handlers;
  private volatile boolean running;
  private Thread listener;

  NotificationListener(DataSource dataSource, List<NotificationHandler> handlers) {
    this.dataSource = dataSource;
    this.handlers =
        handlers.stream()
            .peek(NotificationListener::checkChannel)
            .collect(Collectors.toMap(NotificationHandler::channel, Function.identity()));
  }

  private static void checkChannel(NotificationHandler handler) {
    if (!CHANNEL.matcher(handler.channel()).matches()) {
      throw new IllegalArgumentException("not a plain channel name: " + handler.channel());
    }
  }

  @Override
  public void start() {
    running = true;
    if (handlers.isEmpty()) {
      return;
    }
    listener = new Thread(this::listen, "notification-listener");
    listener.setDaemon(true);
    listener.start();
  }

  @Override
  public void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    while (running) {
      // Holds one connection of the pool for as long as the service runs: LISTEN is per session.
      try (Connection connection = dataSource.getConnection()) {
        try (Statement statement = connection.createStatement()) {
          for (String channel : handlers.keySet()) {
            statement.execute("LISTEN " + channel);
          }
        }
        handlers.values().forEach(NotificationListener::announceListening);
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
          if (notifications != null) {
            for (PGNotification notification : notifications) {
              dispatch(notification);
            }
          }
        }
      } catch (SQLException e) {
        if (running) {
          log.warn("Listening for notifications failed; reconnecting", e);
          pause();
        }
      }
    }
  }

  // A failing handler must not end the listening thread, which every other channel shares.
  private static void announceListening(NotificationHandler handler) {
    try {
      handler.listening();
    } catch (RuntimeException e) {
      log.warn("A handler of channel {} failed to catch up", handler.channel(), e);
    }
  }

  private void dispatch(PGNotification notification) {
    NotificationHandler handler = handlers.get(notification.getName());
    if (handler == null) {
      return;
    }
    try {
      handler.handle(notification.getParameter());
    } catch (RuntimeException e) {
      log.warn("A handler of channel {} failed", notification.getName(), e);
    }
  }

  private void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
