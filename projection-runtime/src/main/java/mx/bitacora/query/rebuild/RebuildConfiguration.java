package mx.bitacora.query.rebuild;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import mx.bitacora.query.tracking.Projections;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires rebuilds to the processors' event store, token store and transactions. */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {

  @Bean
  Rebuilds rebuilds(
      Projections projections,
      org.axonframework.config.Configuration axon,
      EventStore eventStore,
      TokenStore tokenStore,
      TransactionManager axonTransactions,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      MeterRegistry meters) {
    return new Rebuilds(
        projections,
        new RebuildTakeover(jdbc, transactions),
        axon,
        eventStore,
        tokenStore,
        axonTransactions,
        jdbc,
        Clock.systemUTC(),
        meters);
  }
}
