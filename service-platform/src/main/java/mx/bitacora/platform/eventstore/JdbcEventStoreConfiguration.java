package mx.bitacora.platform.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default deployment's event store: Axon's JDBC engine on the {@code event_store} tables.
 * Declared here rather than left to Axon's auto-configuration to lower the tailing fetch delay and
 * to know where each event is stored and read stored timestamps cheaply ({@link
 * PositionedJdbcEventStorageEngine}). With the {@code axonserver} profile Axon Server is the event
 * store and this steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@EnableConfigurationProperties(EventStoreProperties.class)
public class JdbcEventStoreConfiguration {

  public static final String EVENT_TABLE = "event_store.domain_event_entry";
  public static final String SNAPSHOT_TABLE = "event_store.snapshot_event_entry";

  /**
   * The event tables, schema-qualified, with PostgreSQL-style snake_case columns (Axon's JDBC
   * defaults are camelCase). Axon's auto-configuration uses this bean too.
   */
  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable(EVENT_TABLE)
        .snapshotTable(SNAPSHOT_TABLE)
        .globalIndexColumn("global_index")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  @Bean
  EventStorageEngine eventStorageEngine(
      Serializer serializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      EventSchema eventSchema,
      EventStoreProperties properties,
      org.axonframework.config.Configuration axon) {
    JdbcEventStorageEngine.Builder builder =
        JdbcEventStorageEngine.builder()
            .schema(eventSchema)
            .snapshotSerializer(serializer)
            .eventSerializer(eventSerializer)
            // Every EventUpcaster bean, in order: events stored in earlier shapes read as current.
            .upcasterChain(axon.upcasterChain())
            .connectionProvider(connectionProvider)
            .transactionManager(transactionManager)
            .persistenceExceptionResolver(new PostgresUniqueViolation())
            .batchSize(properties.batchSize())
            .gapTimeout((int) properties.gapTimeout().toMillis());
    return new PositionedJdbcEventStorageEngine(builder);
  }

  @Bean
  WakeableEventStore eventStore(EventStorageEngine storageEngine, EventStoreProperties properties) {
    return new WakeableEventStore(
        EmbeddedEventStore.builder()
            .storageEngine(storageEngine)
            .fetchDelay(properties.fetchDelay().toMillis()));
  }
}
