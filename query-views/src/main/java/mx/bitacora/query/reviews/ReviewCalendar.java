package mx.bitacora.query.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The network's "today", against which a finding's answer is overdue: zone {@code
 * bitacora.time-zone}, Mexico City's by default, as command-service's deadlines.
 */
@Component
class ReviewCalendar {

  private final Clock clock;

  ReviewCalendar(@Value("${bitacora.time-zone:America/Mexico_City}") ZoneId zone) {
    this.clock = Clock.system(zone);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
