package mx.bitacora.query.inbox;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The inbox's e-mail, against a real SMTP server (GreenMail) run inside the test: an agency with an
 * address gets one Spanish message per notice, saying only that something is waiting, with the
 * inbox's link (no case reference, no referral id, no victim detail); an agency without one gets
 * none; a replay or a rebuild of the inbox sends nothing again; a send refused while the server is
 * down is retried until it goes through.
 */
@OwnContext
class InboxMailTest extends ProjectionTest {

  @LocalServerPort private int port;

  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final String INBOX_URL = "https://bitacora.example/bandeja";
  private static final int SMTP_PORT = freePort();

  private static GreenMail smtp = started();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP_PORT);
    properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    properties.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    properties.add("bitacora.notifications.mail.enabled", () -> "true");
    properties.add("bitacora.notifications.mail.from", () -> "bitacora@bitacora.example");
    properties.add("bitacora.notifications.mail.inbox-url", () -> INBOX_URL);
    properties.add("bitacora.notifications.mail.send-interval", () -> "200ms");
    properties.add(
        "bitacora.notifications.mail.agencies.dif-benito-juarez", () -> "buzon@dif.example");
  }

  @AfterAll
  static void stopTheServer() {
    smtp.stop();
  }

  @Test
  void aNotice_isMailedOnce_sayingOnlyThatSomethingIsWaiting_andAReplayOrRebuildSendsNothingAgain()
      throws Exception {
    int before = smtp.getReceivedMessages().length;
    ReferralId referral = new ReferralId(UUID.randomUUID());
    ReferralIssuedEvent issue = issued(referral, FISCALIA, DIF);
    String noticeId = log.append(issue, byStaffOf(FISCALIA));
    // FISCALIA has no address: its notice of the acceptance is not mailed.
    log.append(new ReferralAcceptedEvent(referral), byStaffOf(DIF));

    await().atMost(LAG).until(() -> smtp.getReceivedMessages().length == before + 1);
    MimeMessage message = smtp.getReceivedMessages()[before];
    assertThat(message.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("buzon@dif.example");
    assertThat(message.getSubject()).isEqualTo("Bitácora: tiene un aviso nuevo en su bandeja");
    String text = String.valueOf(message.getContent());
    assertThat(text).contains("aviso nuevo", INBOX_URL);
    assertThat(text + message.getSubject())
        .doesNotContain(
            issue.caseReference().value(),
            issue.victimDetails().ciphertext(),
            referral.toString(),
            noticeId,
            FISCALIA.value());
    await()
        .atMost(LAG)
        .until(() -> rowWhere("inbox_mail", "item_id", UUID.fromString(noticeId)) != null);
    Map<String, Object> sent = rowWhere("inbox_mail", "item_id", UUID.fromString(noticeId));
    assertThat(sent.get("sent_at")).isNotNull();
    assertThat(sent.get("attempts")).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM read_model.inbox_mail WHERE agency_id = ?",
                Long.class,
                FISCALIA.value()))
        .isZero();

    ReferralId marker = new ReferralId(UUID.randomUUID());
    replayFromTheStart(
        ProcessingGroups.INBOX,
        () -> log.append(issued(marker, FISCALIA, UNODC), byStaffOf(FISCALIA)));
    await()
        .atMost(LAG)
        .until(
            () ->
                !jdbc.queryForList(
                        "SELECT 1 FROM read_model.inbox_item WHERE referral_id = ?", marker.value())
                    .isEmpty());
    Thread.sleep(Duration.ofSeconds(2)); // ten rounds of the sender
    assertThat(smtp.getReceivedMessages()).hasSize(before + 1);
    assertThat(rowWhere("inbox_mail", "item_id", UUID.fromString(noticeId))).isEqualTo(sent);

    // A rebuild beside the serving inbox, taken over: it neither queues nor sends anything again.
    QueryApi api = new QueryApi(port);
    String admin = DevTokens.mint("ops-1", "bitacora-ops", "PLATFORM_ADMIN");
    assertThat(api.post("/admin/rebuilds/" + ProcessingGroups.INBOX, admin, "", null).status())
        .isEqualTo(202);
    await()
        .atMost(LAG)
        .until(
            () ->
                api.get("/admin/rebuilds/" + ProcessingGroups.INBOX, admin)
                    .body()
                    .path("state")
                    .asText()
                    .equals("DONE"));
    Thread.sleep(Duration.ofSeconds(2));
    assertThat(smtp.getReceivedMessages()).hasSize(before + 1);
    assertThat(rowWhere("inbox_mail", "item_id", UUID.fromString(noticeId))).isEqualTo(sent);
    assertThat(rowWhere("inbox_item", "item_id", UUID.fromString(noticeId))).isNotNull();
  }

  @Test
  void aSendRefusedWhileTheServerIsDown_isRetried_untilItGoesThrough() throws Exception {
    smtp.stop();
    try {
      String noticeId =
          log.append(issued(new ReferralId(UUID.randomUUID()), UNODC, DIF), byStaffOf(UNODC));
      UUID item = UUID.fromString(noticeId);
      await()
          .atMost(LAG)
          .until(
              () -> {
                Map<String, Object> row = rowWhere("inbox_mail", "item_id", item);
                return row != null
                    && ((Integer) row.get("attempts")) >= 2
                    && row.get("last_failure") != null
                    && row.get("sent_at") == null;
              });
    } finally {
      smtp = started();
    }
    await()
        .atMost(LAG)
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM read_model.inbox_mail WHERE sent_at IS NULL",
                        Long.class)
                    == 0);
    assertThat(smtp.getReceivedMessages()).isNotEmpty();
  }

  private static GreenMail started() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
