package mx.bitacora.query.inbox.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued e-mails, every {@code send-interval}: each in a transaction of its own that
 * locks its outbox row ({@code SKIP LOCKED}, so several instances share the work and never send the
 * same one), sends it and marks it sent. A failed send (SMTP unreachable, refused) is counted and
 * retried next round; the row is never dropped. A send that succeeded but could not be marked (the
 * database gone at that instant) is sent again: at least once, never lost.
 *
 * <p>The message is in Spanish and says only that a notice is waiting, with the inbox's link: no
 * case reference, no victim datum, no referral id, no agency but the recipient's.
 */
@Component
class InboxMailSender {

  private static final Logger LOG = LoggerFactory.getLogger(InboxMailSender.class);

  static final String SUBJECT = "Bitácora: tiene un aviso nuevo en su bandeja";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final InboxMailProperties properties;
  private final ObjectProvider<JavaMailSender> mailSender;

  InboxMailSender(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      InboxMailProperties properties,
      ObjectProvider<JavaMailSender> mailSender) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
    this.properties = properties;
    this.mailSender = mailSender;
  }

  @Scheduled(
      fixedDelayString = "${bitacora.notifications.mail.send-interval:10s}",
      initialDelayString = "${bitacora.notifications.mail.send-interval:10s}")
  void sendWaiting() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (!properties.enabled() || sender == null) {
      return;
    }
    Instant round = Instant.now();
    for (int sent = 0; sent < properties.batchSize(); sent++) {
      Boolean more = transactions.execute(status -> sendOne(sender, round));
      if (!Boolean.TRUE.equals(more)) {
        return;
      }
    }
  }

  /** Sends the oldest e-mail not yet sent nor tried this round; false if there is none. */
  private boolean sendOne(JavaMailSender sender, Instant round) {
    List<Map<String, Object>> waiting =
        jdbc.queryForList(
            "SELECT agency_id, item_id FROM read_model.inbox_mail"
                + " WHERE sent_at IS NULL AND (last_attempt_at IS NULL OR last_attempt_at < ?)"
                + " ORDER BY queued_at, agency_id, item_id LIMIT 1 FOR UPDATE SKIP LOCKED",
            OffsetDateTime.ofInstant(round, ZoneOffset.UTC));
    if (waiting.isEmpty()) {
      return false;
    }
    String agency = (String) waiting.get(0).get("agency_id");
    Object itemId = waiting.get(0).get("item_id");
    String address = properties.addressOf(agency);
    String failure = null;
    if (address == null) {
      failure = "no address configured";
    } else {
      try {
        sender.send(message(sender, address));
      } catch (MailException | MessagingException e) {
        failure = e.getClass().getSimpleName();
        LOG.warn("inbox e-mail for agency {} not sent, retried later: {}", agency, failure);
      }
    }
    jdbc.update(
        "UPDATE read_model.inbox_mail SET attempts = attempts + 1, last_attempt_at = now(),"
            + " sent_at = CASE WHEN ? THEN now() END, last_failure = ?"
            + " WHERE agency_id = ? AND item_id = ?",
        failure == null,
        failure,
        agency,
        itemId);
    return true;
  }

  private MimeMessage message(JavaMailSender sender, String address) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(address);
    helper.setSubject(SUBJECT);
    helper.setText(text(), false);
    return message;
  }

  /** The whole text: that something is waiting, and where. Nothing about what it is. */
  String text() {
    return """
        Su dependencia tiene un aviso nuevo en su bandeja de Bitácora.

        Para consultarlo, inicie sesión y abra la bandeja:
        %s

        Por la protección de las víctimas, este mensaje no incluye datos del caso.
        Mensaje automático; no lo responda.
        """
        .formatted(properties.inboxUrl());
  }
}
