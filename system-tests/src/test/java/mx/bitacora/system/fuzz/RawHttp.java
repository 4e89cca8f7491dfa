package mx.bitacora.system.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, one request per connection: the only client that sends a request
 * target such as {@code /shelters/%ZZ} or a header holding control characters as given.
 */
final class RawHttp {

  private static final int TIMEOUT_MILLIS = 10_000;

  private RawHttp() {}

  /** An answer: status, headers as {@code name: value} lines, and the (de-chunked) body. */
  record Answer(int status, List<String> headers, String body) {

    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(line -> line.substring(prefix.length()).strip())
          .findFirst()
          .orElse("");
    }
  }

  /** Sends {@code request} to its operation's service and reads the whole answer. */
  static Answer send(FuzzRequest request) throws IOException {
    URI base = request.operation().base();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      StringBuilder head =
          new StringBuilder(request.operation().method())
              .append(' ')
              .append(request.target())
              .append(" HTTP/1.1\r\nHost: ")
              .append(base.getHost())
              .append(':')
              .append(base.getPort())
              .append("\r\nConnection: close\r\n");
      for (String header : request.headers()) {
        head.append(header).append("\r\n");
      }
      if (request.body() != null) {
        head.append("Content-Length: ").append(request.body().length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (request.body() != null) {
          out.write(request.body());
        }
        out.flush();
      } catch (IOException refusedMidway) {
        // The server may answer and close before reading everything (a header too large): read on.
      }
      return parse(readAll(socket.getInputStream()));
    }
  }

  /** What arrived before the connection ended, even if it ended in a reset. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        read.write(buffer, 0, n);
      }
    } catch (IOException ended) {
      if (read.size() == 0) {
        throw ended;
      }
    }
    return read.toByteArray();
  }

  private static Answer parse(byte[] raw) throws IOException {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("an incomplete answer: " + raw.length + " bytes");
    }
    List<String> lines = new ArrayList<>(text.substring(0, end).lines().toList());
    String statusLine = lines.removeFirst();
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Answer headersOnly = new Answer(status, List.copyOf(lines), "");
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if (headersOnly.header("Transfer-Encoding").equalsIgnoreCase("chunked")) {
      body = dechunk(body);
    }
    return new Answer(status, List.copyOf(lines), new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOfCrlf(chunked, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      int start = lineEnd + 2;
      body.write(chunked, start, Math.min(size, chunked.length - start));
      at = start + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
