package mx.bitacora.query.tracking;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives each dead-lettering processing group a JDBC dead-letter queue in {@code
 * read_model.dead_letter_entry}: an event its projection cannot apply is set aside, with the rest
 * of its aggregate's events, and the projection carries on with every other delivery.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

  static final String DEAD_LETTER_TABLE = "read_model.dead_letter_entry";

  @Bean
  DeadLetterSchema deadLetterSchema() {
    return DeadLetterSchema.builder()
        .deadLetterTable(DEAD_LETTER_TABLE)
        .deadLetterIdentifierColumn("dead_letter_id")
        .processingGroupColumn("processing_group")
        .sequenceIdentifierColumn("sequence_identifier")
        .sequenceIndexColumn("sequence_index")
        .messageTypeColumn("message_type")
        .eventIdentifierColumn("event_identifier")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .aggregateTypeColumn("aggregate_type")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .tokenTypeColumn("token_type")
        .tokenColumn("token")
        .enqueuedAtColumn("enqueued_at")
        .lastTouchedColumn("last_touched")
        .processingStartedColumn("processing_started")
        .causeTypeColumn("cause_type")
        .causeMessageColumn("cause_message")
        .diagnosticsColumn("diagnostics")
        .build();
  }

  @Bean
  ConfigurerModule deadLetterQueues(
      DeadLetterSchema schema,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      Serializer serializer,
      @Qualifier("eventSerializer") Serializer eventSerializer) {
    return configurer ->
        configurer.eventProcessing(
            processing -> {
              for (String group : ProcessingGroups.DEAD_LETTERING) {
                processing
                    .registerDeadLetterQueue(
                        group,
                        configuration ->
                            JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .schema(schema)
                                .connectionProvider(connectionProvider)
                                .transactionManager(transactionManager)
                                .genericSerializer(serializer)
                                .eventSerializer(eventSerializer)
                                .build())
                    .registerDeadLetterPolicy(group, configuration -> truncatedCause());
              }
            });
  }

  /**
   * Enqueues every failure, with its message cut to what {@code cause_message} holds: a database
   * error's text quotes the whole statement and would not fit, failing the enqueue itself.
   */
  static EnqueuePolicy<EventMessage<?>> truncatedCause() {
    return (letter, cause) -> Decisions.enqueue(ThrowableCause.truncated(cause));
  }
}
