package mx.bitacora.query.inbox.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps a notice to be mailed: one row per notice in {@code read_model.inbox_mail}, inserted in the
 * projection's transaction (so it commits with the notice, or not at all) and never again: the row
 * stays after it is sent, so the same notice applied again is not queued again. Only for an agency
 * with an address, and only a notice recorded within {@code max-age}: a first run over an old log
 * sends no backlog. The table is named with its schema: it is no view table, so a rebuild or an "as
 * of" read has no copy of it (and the projection does not queue during either).
 */
@Component
@EnableConfigurationProperties(InboxMailProperties.class)
public class MailOutbox {

  private final JdbcTemplate jdbc;
  private final InboxMailProperties properties;
  private final Clock clock = Clock.systemUTC();

  MailOutbox(JdbcTemplate jdbc, InboxMailProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** Queues an e-mail for the notice {@code itemId} of {@code agency}, if it is to have one. */
  public void enqueue(AgencyId agency, UUID itemId, Instant recordedAt) {
    if (properties.addressOf(agency.value()) == null
        || recordedAt.isBefore(clock.instant().minus(properties.maxAge()))) {
      return;
    }
    jdbc.update(
        "INSERT INTO read_model.inbox_mail (agency_id, item_id, queued_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (agency_id, item_id) DO NOTHING",
        agency.value(),
        itemId,
        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
  }
}
