package mx.bitacora.query.commitments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The network's dates for commitments: "today", against which a commitment is due or overdue, and
 * the date of a fact that has only its record time (a referral's issue, until referral events carry
 * a business time). Zone {@code bitacora.time-zone}, Mexico City's by default, as command-service.
 */
@Component
class CommitmentCalendar {

  private final ZoneId zone;
  private final Clock clock;

  CommitmentCalendar(@Value("${bitacora.time-zone:America/Mexico_City}") ZoneId zone) {
    this.zone = zone;
    this.clock = Clock.system(zone);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  LocalDate dateOf(Instant recordedAt) {
    return LocalDate.ofInstant(recordedAt, zone);
  }
}
