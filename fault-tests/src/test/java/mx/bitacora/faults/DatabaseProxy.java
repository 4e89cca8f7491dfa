package mx.bitacora.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy between the services and PostgreSQL that a test controls: {@link #cut()} drops every
 * open connection and refuses new ones, as a failed network or database would; {@link #restore()}
 * lets connections through again.
 */
final class DatabaseProxy implements AutoCloseable {

  private final ServerSocket listening;
  private final String targetHost;
  private final int targetPort;
  private final ExecutorService pumps = Executors.newCachedThreadPool();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;
  private volatile int dropped;

  private DatabaseProxy(String targetHost, int targetPort) throws IOException {
    this.listening = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    pumps.submit(this::accept);
  }

  /** A proxy on a free local port to PostgreSQL at 127.0.0.1:5432. */
  static DatabaseProxy toPostgres() throws IOException {
    return new DatabaseProxy("127.0.0.1", 5432);
  }

  /** The JDBC URL of {@code jdbcUrl}'s database, reached through this proxy. */
  String route(String jdbcUrl) {
    return jdbcUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + listening.getLocalPort() + "/");
  }

  /** Drops every open connection and refuses new ones until {@link #restore()}. */
  void cut() {
    cut = true;
    for (Socket socket : open) {
      closeQuietly(socket);
      dropped++;
    }
  }

  void restore() {
    cut = false;
  }

  /** How many connections {@link #cut()} dropped. */
  int dropped() {
    return dropped;
  }

  private void accept() {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        if (cut) {
          closeQuietly(client);
          continue;
        }
        Socket server = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(server);
        pumps.submit(() -> pump(client, server));
        pumps.submit(() -> pump(server, client));
      } catch (IOException e) {
        // closed, or PostgreSQL refused: the client sees its connection fail
      }
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // one side closed or was cut
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      open.remove(from);
      open.remove(to);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    listening.close();
    open.forEach(DatabaseProxy::closeQuietly);
    pumps.shutdownNow();
  }
}
