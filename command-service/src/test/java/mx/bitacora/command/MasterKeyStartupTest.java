package mx.bitacora.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the dev profile, command-service needs its own master key to wrap case data keys. */
class MasterKeyStartupTest {

  private static final FreshDatabase DATABASE = FreshDatabase.create("master_key_startup");

  /** Production-like token settings: a JWK set URI (not fetched at start-up), issuer, audience. */
  private static final String[] PRODUCTION_TOKENS = {
    "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks",
    "--bitacora.tokens.issuer=https://id.example",
    "--spring.security.oauth2.resourceserver.jwt.audiences=bitacora"
  };

  @Test
  void withoutAMasterKey_theServiceRefusesToStart() {
    assertThatThrownBy(() -> start())
        .rootCause()
        .hasMessageStartingWith("No master key configured");
  }

  @Test
  void theDevMasterKey_isRefusedOutsideTheDevProfile() {
    assertThatThrownBy(
            () ->
                start(
                    // The dev key without its padding is still the dev key.
                    "--bitacora.crypto.master-key=TDMfFOiliMqq2f7jYeWzsrMw15pBmy6qmHMCNLTuOrk"))
        .rootCause()
        .hasMessageContaining("dev profile is not active");
  }

  private static void start(String... settings) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + DATABASE.jdbcUrl(),
                "--spring.datasource.username=" + DATABASE.username(),
                "--spring.datasource.password=" + DATABASE.password()));
    args.addAll(List.of(PRODUCTION_TOKENS));
    args.addAll(List.of(settings));
    new SpringApplicationBuilder(CommandServiceApplication.class)
        .properties(CommandServiceApplication.CONFIG_NAME)
        .run(args.toArray(String[]::new))
        .close();
  }
}
