package mx.bitacora.command.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import mx.bitacora.platform.problem.RejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one rule for the business time of a fact (when it happened in the world, as the agency states
 * it, distinct from when it is recorded): a fact that happened is not dated in the future ({@code
 * 422 BUSINESS_DATE_IN_FUTURE}), and no fact is dated more than {@code
 * bitacora.business-time.max-backdating} (a {@link Period}, P400D by default) before today ({@code
 * 422 BUSINESS_DATE_TOO_OLD}). "Today" and "now" are the network clock's. Planned facts (a
 * delivery's planned date, a session's date) may lie ahead, so only their age is checked. Times may
 * run up to {@link #CLOCK_SKEW} ahead of the clock, for the client's clock.
 *
 * <p>Controllers apply it to a request's dates before sending the command, like the other checks of
 * a request against the clock ({@code @PastOrPresent}), but with codes of their own.
 */
@Component
public class BusinessTime {

  /** How far ahead of the network clock a stated time may be: the client's clock may run fast. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final Clock clock;
  private final Period maxBackdating;

  public BusinessTime(
      Clock clock, @Value("${bitacora.business-time.max-backdating:P400D}") Period maxBackdating) {
    this.clock = clock;
    this.maxBackdating = maxBackdating;
  }

  /** A date on which something happened: not after today, not older than the limit. */
  public void happenedOn(LocalDate date) {
    if (date == null) {
      return;
    }
    if (date.isAfter(LocalDate.now(clock))) {
      throw new RejectedException(BusinessTimeProblem.BUSINESS_DATE_IN_FUTURE);
    }
    notTooOld(date);
  }

  /** A time at which something happened (null: not stated): not after now, nor too old. */
  public void happenedAt(Instant time) {
    if (time == null) {
      return;
    }
    if (time.isAfter(clock.instant().plus(CLOCK_SKEW))) {
      throw new RejectedException(BusinessTimeProblem.BUSINESS_DATE_IN_FUTURE);
    }
    notTooOld(LocalDate.ofInstant(time, clock.getZone()));
  }

  /** A date of a planned fact, which may lie ahead: only not older than the limit. */
  public void notTooOld(LocalDate date) {
    if (date != null && date.isBefore(LocalDate.now(clock).minus(maxBackdating))) {
      throw new RejectedException(BusinessTimeProblem.BUSINESS_DATE_TOO_OLD);
    }
  }
}
