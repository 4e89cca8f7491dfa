package mx.bitacora.query.inbox.mail;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the inbox e-mails its agencies ({@code enabled}, off by default), to which address each
 * agency (by slug; an agency without one gets no e-mail), from which sender, with which link; how
 * old a notice may be and still be mailed, how often and how many at a time the sender sends.
 */
@ConfigurationProperties("bitacora.notifications.mail")
record InboxMailProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("bitacora@localhost") String from,
    @DefaultValue("http://localhost:8082/inbox") URI inboxUrl,
    @DefaultValue("P2D") Duration maxAge,
    @DefaultValue("10s") Duration sendInterval,
    @DefaultValue("20") int batchSize,
    Map<String, String> agencies) {

  InboxMailProperties {
    agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    if (batchSize < 1) {
      throw new IllegalArgumentException("bitacora.notifications.mail.batch-size must be >= 1");
    }
  }

  /** The address of {@code agency}'s inbox, or null if it has none (or mail is off). */
  String addressOf(String agency) {
    return enabled ? agencies.get(agency) : null;
  }
}
