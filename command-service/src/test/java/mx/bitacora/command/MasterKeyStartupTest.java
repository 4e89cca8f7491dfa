package mx.bitacora.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the dev profile, command-service needs its own master key to wrap case data keys. */
class MasterKeyStartupTest {

  private static final FreshDatabase DATABASE = FreshDatabase.create("master_key_startup");

  /** A production-like token setting: a JWK set URI, not fetched at start-up. */
  private static final String PRODUCTION_TOKENS =
      "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks";

  @Test
  void withoutAMasterKey_theServiceRefusesToStart() {
    assertThatThrownBy(() -> start(PRODUCTION_TOKENS))
        .rootCause()
        .hasMessageStartingWith("No master key configured");
  }

  @Test
  void theDevMasterKey_isRefusedOutsideTheDevProfile() {
    assertThatThrownBy(
            () ->
                start(
                    PRODUCTION_TOKENS,
                    "--bitacora.crypto.master-key=TDMfFOiliMqq2f7jYeWzsrMw15pBmy6qmHMCNLTuOrk="))
        .rootCause()
        .hasMessageContaining("dev profile is not active");
  }

  private static void start(String... settings) {
    String[] args = new String[settings.length + 4];
    args[0] = "--server.port=0";
    args[1] = "--spring.datasource.url=" + DATABASE.jdbcUrl();
    args[2] = "--spring.datasource.username=" + DATABASE.username();
    args[3] = "--spring.datasource.password=" + DATABASE.password();
    System.arraycopy(settings, 0, args, 4, settings.length);
    new SpringApplicationBuilder(CommandServiceApplication.class)
        .properties(CommandServiceApplication.CONFIG_NAME)
        .run(args)
        .close();
  }
}
