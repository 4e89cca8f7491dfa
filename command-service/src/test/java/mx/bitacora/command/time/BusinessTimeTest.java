package mx.bitacora.command.time;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import mx.bitacora.platform.problem.RejectedException;
import org.junit.jupiter.api.Test;

/** The business-time rule against a fixed network clock (Mexico City, 2026-12-03 10:00). */
class BusinessTimeTest {

  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T16:00:00Z"), MEXICO_CITY);
  private static final BusinessTime RULE = new BusinessTime(CLOCK, Period.ofDays(400));

  @Test
  void todayAndTheLimitItself_areAccepted() {
    assertThatCode(() -> RULE.happenedOn(LocalDate.of(2026, 12, 3))).doesNotThrowAnyException();
    assertThatCode(() -> RULE.happenedOn(LocalDate.of(2026, 12, 3).minusDays(400)))
        .doesNotThrowAnyException();
    assertThatCode(() -> RULE.happenedOn(null)).doesNotThrowAnyException();
    assertThatCode(() -> RULE.happenedAt(null)).doesNotThrowAnyException();
  }

  @Test
  void tomorrow_isRefused_asInTheFuture() {
    assertRefused(() -> RULE.happenedOn(LocalDate.of(2026, 12, 4)), "BUSINESS_DATE_IN_FUTURE");
  }

  @Test
  void aDayBeyondTheLimit_isRefused_asTooOld_plannedFactsToo() {
    LocalDate tooOld = LocalDate.of(2026, 12, 3).minusDays(401);
    assertRefused(() -> RULE.happenedOn(tooOld), "BUSINESS_DATE_TOO_OLD");
    assertRefused(() -> RULE.notTooOld(tooOld), "BUSINESS_DATE_TOO_OLD");
    assertRefused(
        () -> RULE.happenedAt(tooOld.atStartOfDay(MEXICO_CITY).toInstant()),
        "BUSINESS_DATE_TOO_OLD");
  }

  @Test
  void aPlannedDateAhead_isAccepted() {
    assertThatCode(() -> RULE.notTooOld(LocalDate.of(2027, 3, 1))).doesNotThrowAnyException();
  }

  @Test
  void aTimeAhead_isAcceptedWithinTheClockSkew_andRefusedBeyondIt() {
    Instant now = CLOCK.instant();
    assertThatCode(() -> RULE.happenedAt(now.plus(BusinessTime.CLOCK_SKEW)))
        .doesNotThrowAnyException();
    assertRefused(
        () -> RULE.happenedAt(now.plus(BusinessTime.CLOCK_SKEW).plusSeconds(1)),
        "BUSINESS_DATE_IN_FUTURE");
  }

  private static void assertRefused(Runnable check, String code) {
    assertThatThrownBy(check::run)
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).code())
        .isEqualTo(code);
  }
}
