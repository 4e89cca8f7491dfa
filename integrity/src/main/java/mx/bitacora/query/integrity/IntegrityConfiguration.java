package mx.bitacora.query.integrity;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the sealer, its schedule and the verifier. Sealing reads PostgreSQL's event table, so it
 * exists only where that table is the event store (not under the {@code axonserver} profile).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@EnableConfigurationProperties(IntegrityProperties.class)
@EnableScheduling
class IntegrityConfiguration {

  @Bean
  SigningKey checkpointSigningKey(Environment environment) {
    return SigningKey.from(environment);
  }

  @Bean
  EventSealer eventSealer(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      SigningKey signingKey,
      IntegrityProperties properties,
      MeterRegistry meters) {
    EventSealer sealer =
        new EventSealer(
            jdbc,
            new TransactionTemplate(transactions),
            signingKey,
            Clock.systemUTC(),
            properties.gapGrace(),
            properties.sealerSettings());
    sealer.status().register(meters);
    return sealer;
  }

  @Bean
  AccessLogCheckpoints accessLogCheckpoints(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      SigningKey signingKey,
      IntegrityProperties properties) {
    return new AccessLogCheckpoints(
        jdbc,
        new TransactionTemplate(transactions),
        signingKey,
        Clock.systemUTC(),
        properties.sealerSettings());
  }

  @Bean
  SealingSchedule sealingSchedule(
      EventSealer sealer, AccessLogCheckpoints accessLog, MeterRegistry meters) {
    return new SealingSchedule(sealer, accessLog, meters);
  }

  @Bean
  IntegrityQueries integrityQueries(
      DataSource dataSource, JdbcTemplate jdbc, SigningKey key, MeterRegistry meters) {
    return new IntegrityQueries(
        dataSource,
        jdbc,
        new LogVerifier(key.verifier(), Clock.systemUTC()),
        key.verifier(),
        new VerificationOutcomes(meters));
  }

  @Bean
  EventLogCheckpoints eventLogCheckpoints(JdbcTemplate jdbc, SigningKey key) {
    return new EventLogCheckpoints(jdbc, key.verifier());
  }
}
