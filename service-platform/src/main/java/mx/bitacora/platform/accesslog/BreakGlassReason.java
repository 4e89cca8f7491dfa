package mx.bitacora.platform.accesslog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import mx.bitacora.platform.problem.RejectedException;

/**
 * The reason a commission auditor gives, in the request header {@value #HEADER}, for opening a case
 * outside their normal scope: non-blank, at most {@value #MAX_LENGTH} characters. Both services
 * read it the same way.
 */
public final class BreakGlassReason {

  public static final String HEADER = "X-Break-Glass-Reason";
  public static final int MAX_LENGTH = 500;

  private BreakGlassReason() {}

  /**
   * The reason in {@code header}, stripped; none when absent or blank. A header sent as UTF-8 (as a
   * Spanish reason with accents usually is) reaches the server as ISO-8859-1 characters and is read
   * back as UTF-8.
   *
   * @throws RejectedException {@code BREAK_GLASS_REASON_TOO_LONG} (400) when it is longer than
   *     allowed; the text is not echoed
   */
  public static Optional<String> from(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String reason = asUtf8(header).strip();
    if (reason.codePointCount(0, reason.length()) > MAX_LENGTH) {
      throw new RejectedException(AccessLogProblem.BREAK_GLASS_REASON_TOO_LONG);
    }
    return Optional.of(reason);
  }

  private static String asUtf8(String header) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(header.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return header;
    }
  }
}
