package mx.bitacora.command.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;

/** UNODC trains DIF Benito Juárez's CAT staff and a prosecutor of Quintana Roo, in Cancún. */
final class TrainingTestData {

  static final TrainingSessionId SESSION =
      new TrainingSessionId(UUID.fromString("7c1e0a3e-5d1b-4c1a-9000-000000000001"));
  static final ProjectId PROJECT =
      new ProjectId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-0000000000aa"));
  static final AgencyId UNODC = new AgencyId("unodc-mexico");
  static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  static final AgencyId SEGOB = new AgencyId("segob");
  static final StaffId PSYCHOLOGIST = new StaffId("dif-bj-0042");
  static final StaffId CARER = new StaffId("dif-bj-0043");
  static final StaffId PROSECUTOR = new StaffId("fge-qroo-0117");
  static final String TOPIC =
      "Atención especializada a niñas, niños y adolescentes víctimas de trata";
  static final BigDecimal HOURS = new BigDecimal("8");
  static final LocalDate HELD_ON = LocalDate.of(2022, 11, 29);
  static final String PLACE = "Cancún, Quintana Roo";
  static final String CERTIFICATE = "UNODC-2022-CAT-017";

  private TrainingTestData() {}

  /** A clock that reads {@code date} at noon in Mexico City. */
  static Clock today(LocalDate date) {
    ZoneId mexicoCity = ZoneId.of("America/Mexico_City");
    return Clock.fixed(date.atTime(12, 0).atZone(mexicoCity).toInstant(), mexicoCity);
  }

  static ScheduleTrainingSessionCommand schedule(
      AgencyId actingAgency, BigDecimal hours, int capacity) {
    return new ScheduleTrainingSessionCommand(
        SESSION,
        actingAgency,
        PROJECT,
        TOPIC,
        UNODC,
        TrainingAudience.SHELTER_STAFF,
        hours,
        HELD_ON,
        PLACE,
        capacity,
        null);
  }

  static ScheduleTrainingSessionCommand schedule() {
    return schedule(UNODC, HOURS, 2);
  }

  static TrainingSessionScheduledEvent scheduled() {
    return new TrainingSessionScheduledEvent(
        SESSION,
        PROJECT,
        TOPIC,
        UNODC,
        TrainingAudience.SHELTER_STAFF,
        HOURS,
        HELD_ON,
        PLACE,
        2,
        null);
  }

  static EnrolParticipantCommand enrol(AgencyId actingAgency, StaffId staffId, AgencyId agency) {
    return new EnrolParticipantCommand(SESSION, actingAgency, staffId, agency, roleOf(agency));
  }

  static ParticipantEnrolledEvent enrolled(StaffId staffId, AgencyId agency) {
    return new ParticipantEnrolledEvent(SESSION, staffId, agency, roleOf(agency));
  }

  static AttendanceRecordedEvent attended(StaffId staffId) {
    return new AttendanceRecordedEvent(SESSION, staffId);
  }

  static RecordCompletionCommand complete(
      AgencyId actingAgency, StaffId staffId, BigDecimal hours) {
    return new RecordCompletionCommand(SESSION, actingAgency, staffId, hours, CERTIFICATE);
  }

  static TrainingCompletedEvent completed(StaffId staffId, BigDecimal hours, LocalDate recordedOn) {
    return new TrainingCompletedEvent(SESSION, staffId, hours, CERTIFICATE, recordedOn);
  }

  static TrainingSessionCancelledEvent cancelled() {
    return new TrainingSessionCancelledEvent(SESSION, "Suspendida por alerta meteorológica");
  }

  private static String roleOf(AgencyId agency) {
    return agency.equals(FISCALIA) ? "Agente del Ministerio Público" : "Psicóloga del CAT";
  }
}
