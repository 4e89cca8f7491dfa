package mx.bitacora.platform.eventstore;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.common.DateTimeUtils;

/**
 * Reads the event table's {@code time_stamp} text as Axon writes it ({@code
 * 2022-10-21T17:04:05.123Z}, UTC, up to nine fraction digits) without a {@code DateTimeFormatter}:
 * Axon's own parser was a third of query-service's CPU while replaying (issue 6). Anything else (an
 * offset other than {@code Z}, say) goes to Axon's parser, so every text reads as it did before.
 */
final class StoredTimestamps {

  private static final int SECONDS_END = "yyyy-MM-ddTHH:mm:ss".length();

  private StoredTimestamps() {}

  static Instant parse(CharSequence text) {
    Instant fast = parseUtc(text);
    return fast != null ? fast : DateTimeUtils.parseInstant(text);
  }

  /** The instant, or null if {@code text} is not of the usual shape. */
  private static Instant parseUtc(CharSequence text) {
    int length = text.length();
    if (length < SECONDS_END + 1
        || text.charAt(length - 1) != 'Z'
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null; // not digits
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null; // 24:00 or a leap second: left to Axon's parser
    }
    int nanos = 0;
    int fractionEnd = length - 1;
    if (fractionEnd > SECONDS_END) {
      int fractionDigits = fractionEnd - SECONDS_END - 1;
      if (text.charAt(SECONDS_END) != '.' || fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      nanos = digits(text, SECONDS_END + 1, fractionEnd);
      if (nanos < 0) {
        return null;
      }
      for (int scale = fractionDigits; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    try {
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(
          epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    } catch (DateTimeException invalidDate) {
      return null; // 30 February and the like: Axon's parser gives the error
    }
  }

  /** The number the ASCII digits in [from, to) spell, or -1 if one of them is not a digit. */
  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
