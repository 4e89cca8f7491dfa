package mx.bitacora.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production must verify tokens from a real issuer: the dev key is for the dev profile only. */
class DevKeyGuardTest {

  private static final FreshDatabase DATABASE = FreshDatabase.create("dev_key_guard");

  @Test
  void theDevKey_isRefusedOutsideTheDevProfile() {
    assertThatThrownBy(
            () ->
                start(
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location="
                        + "classpath:dev-keys/dev-jwt-public.pem"))
        .hasRootCauseMessage(
            "The published dev JWT key is configured but the dev profile is not active: "
                + "production must verify tokens from a real issuer");
  }

  @Test
  void theDevKey_asAOneLinePemWithCrlf_isRefusedOutsideTheDevProfile(@TempDir Path directory)
      throws Exception {
    String pem;
    try (InputStream in = getClass().getResourceAsStream("/dev-keys/dev-jwt-public.pem")) {
      pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    Path reEncoded = directory.resolve("key.pem");
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    Files.writeString(
        reEncoded, "-----BEGIN PUBLIC KEY-----" + body + "-----END PUBLIC KEY-----\r\n");

    assertThatThrownBy(
            () ->
                start(
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                        + reEncoded,
                    "--bitacora.tokens.issuer=https://id.example",
                    "--spring.security.oauth2.resourceserver.jwt.audiences=bitacora"))
        .rootCause()
        .hasMessageStartingWith("The published dev JWT key is configured");
  }

  @Test
  void outsideTheDevProfile_aServiceWithoutIssuerAndAudience_refusesToStart() {
    assertThatThrownBy(
            () ->
                start("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9"))
        .rootCause()
        .hasMessageStartingWith("Tokens' issuer and audience must be checked");
  }

  @Test
  void aServiceWithoutTokenVerification_refusesToStart() {
    assertThatThrownBy(() -> start())
        .rootCause()
        .hasMessageStartingWith("No token verification configured");
  }

  private static void start(String... settings) {
    String[] args = new String[settings.length + 5];
    args[0] = "--server.port=0";
    args[1] = "--spring.datasource.url=" + DATABASE.jdbcUrl();
    args[2] = "--spring.datasource.username=" + DATABASE.username();
    args[3] = "--spring.datasource.password=" + DATABASE.password();
    // A production-like master key, so only the token settings decide whether the service starts.
    args[4] = "--bitacora.crypto.master-key=" + Base64.getEncoder().encodeToString(new byte[32]);
    System.arraycopy(settings, 0, args, 5, settings.length);
    new SpringApplicationBuilder(CommandServiceApplication.class)
        .properties(CommandServiceApplication.CONFIG_NAME)
        .run(args)
        .close();
  }
}
