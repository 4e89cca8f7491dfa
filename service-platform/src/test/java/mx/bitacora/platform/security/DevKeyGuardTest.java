package mx.bitacora.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Outside the dev profile the published dev key is refused however its PEM is written, and tokens'
 * issuer and audience must be configured; under the dev profile the dev key is fine.
 */
class DevKeyGuardTest {

  private static final String KEY = DevKeyGuard.JWT + "public-key-location";
  private static final String AUDIENCES = DevKeyGuard.JWT + "audiences";

  @TempDir Path directory;

  static Stream<Arguments> reEncodings() {
    return Stream.of(
        Arguments.of("CRLF line endings", (UnaryOperator<String>) pem -> crlf(pem)),
        Arguments.of("one-line PEM", (UnaryOperator<String>) DevKeyGuardTest::oneLine),
        Arguments.of(
            "extra whitespace",
            (UnaryOperator<String>) pem -> "\n\n  " + pem.replace("\n", "\n   \t") + "\n\n\n"),
        Arguments.of("re-wrapped at 76 columns", (UnaryOperator<String>) pem -> rewrapped(pem, 76)),
        Arguments.of("body on one line", (UnaryOperator<String>) pem -> rewrapped(pem, 10_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reEncodings")
  void theDevKey_reEncoded_isRefusedOutsideTheDevProfile(
      String encoding, UnaryOperator<String> reEncode) throws IOException {
    Path pem = write(reEncode.apply(devPem()));
    MockEnvironment production = production().withProperty(KEY, "file:" + pem);

    assertThatThrownBy(() -> new DevKeyGuard(production).afterPropertiesSet())
        .hasMessageStartingWith("The published dev JWT key is configured");
  }

  @Test
  void theDevKey_isAcceptedUnderTheDevProfile() {
    MockEnvironment dev = new MockEnvironment().withProperty(KEY, DevKeyGuard.DEV_PUBLIC_KEY);
    dev.setActiveProfiles("dev");

    assertThatCode(() -> new DevKeyGuard(dev).afterPropertiesSet()).doesNotThrowAnyException();
  }

  @Test
  void anotherKey_withIssuerAndAudience_starts() throws Exception {
    MockEnvironment production = production().withProperty(KEY, "file:" + write(otherPem()));

    assertThatCode(() -> new DevKeyGuard(production).afterPropertiesSet())
        .doesNotThrowAnyException();
  }

  @Test
  void outsideTheDevProfile_anIssuerAndAnAudienceAreRequired() throws Exception {
    String otherKey = "file:" + write(otherPem());
    MockEnvironment noIssuer =
        new MockEnvironment().withProperty(KEY, otherKey).withProperty(AUDIENCES, "bitacora");
    MockEnvironment noAudience =
        new MockEnvironment()
            .withProperty(KEY, otherKey)
            .withProperty(TokenExpectations.ISSUER, "https://id.example");
    MockEnvironment jwkSetOnly =
        new MockEnvironment().withProperty(DevKeyGuard.JWT + "jwk-set-uri", "http://127.0.0.1:9");

    for (MockEnvironment incomplete : new MockEnvironment[] {noIssuer, noAudience, jwkSetOnly}) {
      assertThatThrownBy(() -> new DevKeyGuard(incomplete).afterPropertiesSet())
          .hasMessageStartingWith("Tokens' issuer and audience must be checked");
    }
  }

  @Test
  void withoutAnyTokenVerification_theServiceRefusesToStart() {
    assertThatThrownBy(() -> new DevKeyGuard(new MockEnvironment()).afterPropertiesSet())
        .hasMessageStartingWith("No token verification configured");
  }

  private static MockEnvironment production() {
    return new MockEnvironment()
        .withProperty(TokenExpectations.ISSUER, "https://id.example")
        .withProperty(AUDIENCES, "bitacora");
  }

  private Path write(String pem) throws IOException {
    return Files.writeString(Files.createTempFile(directory, "key", ".pem"), pem);
  }

  private static String devPem() throws IOException {
    try (InputStream in =
        DevKeyGuardTest.class.getResourceAsStream("/dev-keys/dev-jwt-public.pem")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replace("\r\n", "\n");
    }
  }

  private static String otherPem() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder()
            .encodeToString(generator.generateKeyPair().getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** The PEM as one line: header, body and footer with no line break, as some tools store it. */
  static String oneLine(String pem) {
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return "-----BEGIN PUBLIC KEY-----" + body + "-----END PUBLIC KEY-----";
  }

  private static String crlf(String pem) {
    return pem.replace("\n", "\r\n");
  }

  private static String rewrapped(String pem, int columns) {
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    StringBuilder wrapped = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
    for (int i = 0; i < body.length(); i += columns) {
      wrapped.append(body, i, Math.min(body.length(), i + columns)).append('\n');
    }
    return wrapped.append("-----END PUBLIC KEY-----\n").toString();
  }
}
