package mx.bitacora.query.tracking;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the processors' tokens in {@code read_model.token_entry}, written through the same
 * connection as the projections, so a token moves only when the projection's writes commit.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

  static final String TOKEN_TABLE = "read_model.token_entry";

  @Bean
  TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer) {
    return JdbcTokenStore.builder()
        .connectionProvider(connectionProvider)
        .serializer(serializer)
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
}
