package mx.bitacora.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * LISTENs on one connection for the view changes any instance announces, and hands each to this
 * instance's open streams; reconnects after a failure.
 */
@Component
class ViewChangeListener implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ViewChangeListener.class);
  private static final int WAIT_MILLIS = 500;

  private final DataSource dataSource;
  private final LiveStreams streams;
  private final ObjectMapper json;
  private volatile boolean running;
  private Thread listener;

  ViewChangeListener(DataSource dataSource, LiveStreams streams, ObjectMapper json) {
    this.dataSource = dataSource;
    this.streams = streams;
    this.json = json;
  }

  @Override
  public void start() {
    running = true;
    listener = new Thread(this::listen, "view-change-listener");
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
          statement.execute("LISTEN " + ViewChanges.CHANNEL);
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
          if (notifications != null) {
            for (PGNotification notification : notifications) {
              publish(notification.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        if (running) {
          log.warn("Listening for view changes failed; reconnecting", e);
          pause();
        }
      }
    }
  }

  private void publish(String payload) {
    try {
      streams.publish(json.readValue(payload, ViewChange.class));
    } catch (Exception e) {
      log.warn("Ignoring an unreadable view change notification", e);
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
