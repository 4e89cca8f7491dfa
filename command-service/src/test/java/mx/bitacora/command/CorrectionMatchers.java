package mx.bitacora.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import mx.bitacora.events.common.CorrectedFact;
import org.axonframework.messaging.Message;
import org.hamcrest.Matcher;

/**
 * Matches a correction or voiding event in an aggregate fixture. The fixture gives its given events
 * fresh identifiers, so the original is matched by sequence number and a present event identifier;
 * the API tests check the identifier against the stored original.
 */
public final class CorrectionMatchers {

  private CorrectionMatchers() {}

  /** Exactly one event, equal to {@code expected} but for the original's event identifier. */
  public static Matcher<List<Message<?>>> onlyEventLike(Record expected) {
    return payloadsMatching(
        exactSequenceOf(matches(actual -> sameExceptEventId(expected, actual)), andNoMore()));
  }

  private static boolean sameExceptEventId(Record expected, Object actual) {
    if (actual == null || actual.getClass() != expected.getClass()) {
      return false;
    }
    try {
      for (RecordComponent component : expected.getClass().getRecordComponents()) {
        Object wanted = component.getAccessor().invoke(expected);
        Object got = component.getAccessor().invoke(actual);
        if (wanted instanceof CorrectedFact original) {
          if (!(got instanceof CorrectedFact named)
              || named.sequenceNumber() != original.sequenceNumber()
              || named.eventId() == null
              || named.eventId().isBlank()) {
            return false;
          }
        } else if (!Objects.equals(wanted, got)) {
          return false;
        }
      }
      return true;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The original named by sequence number; the identifier is not compared. */
  public static CorrectedFact original(long sequenceNumber) {
    return new CorrectedFact("any", sequenceNumber);
  }
}
