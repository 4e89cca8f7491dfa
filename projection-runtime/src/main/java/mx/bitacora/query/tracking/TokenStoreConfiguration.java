package mx.bitacora.query.tracking;

import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Keeps the processors' tokens in {@code read_model.token_entry}, written through the same
 * connection as the projections, so a token moves only when the projection's writes commit; claims
 * are owned by this application's {@link InstanceId}, and the {@link SegmentBalancer} spreads the
 * segments over the instances that are up.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TokenStoreConfiguration {

  static final String TOKEN_TABLE = "read_model.token_entry";

  @Bean
  InstanceId instanceId() {
    return InstanceId.generate();
  }

  @Bean
  TokenStore tokenStore(
      ConnectionProvider connectionProvider, Serializer serializer, InstanceId instance) {
    return JdbcTokenStore.builder()
        .connectionProvider(connectionProvider)
        .serializer(serializer)
        // Claims are owned per application, not per JVM (see InstanceId).
        .nodeId(instance.value())
        .schema(
            TokenSchema.builder()
                .setTokenTable(TOKEN_TABLE)
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build())
        .contentType(byte[].class)
        .build();
  }

  @Bean
  SegmentBalancer segmentBalancer(
      JdbcTemplate jdbc,
      EventProcessingConfiguration processing,
      TokenStore tokenStore,
      InstanceId instance,
      @Value("${bitacora.scale-out.balance-interval:5s}") Duration interval) {
    return new SegmentBalancer(jdbc, processing, tokenStore, instance, interval);
  }
}
