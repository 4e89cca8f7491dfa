package mx.bitacora.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The checkpoint signing key: required, the published dev key only under the dev profile, exactly
 * 32 bytes; what it signs verifies with its public key, and nothing else does.
 */
class SigningKeyTest {

  @Test
  void withoutAKey_theServiceRefusesToStart() {
    assertThatThrownBy(() -> SigningKey.from(new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No checkpoint signing key configured");
  }

  @Test
  void theDevKey_isRefusedOutsideTheDevProfile_andAcceptedUnderIt() {
    MockEnvironment production =
        new MockEnvironment().withProperty(SigningKey.PROPERTY, SigningKey.DEV_KEY);
    MockEnvironment dev =
        new MockEnvironment().withProperty(SigningKey.PROPERTY, SigningKey.DEV_KEY);
    dev.setActiveProfiles("dev");

    assertThatThrownBy(() -> SigningKey.from(production))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev profile is not active");
    assertThat(SigningKey.from(dev).verifier().keyId()).hasSize(16);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ZGV2LW9ubHktY2hlY2twb2ludC1zaWduaW5nLWtleSE",
        " ZGV2LW9ubHktY2hlY2twb2ludC1zaWduaW5nLWtleSE=\r\n",
        "\tZGV2LW9ubHktY2hlY2twb2ludC1zaWduaW5nLWtleSE\n",
        "ZGV2LW9ubHktY2hlY2twb2ludC1zaWduaW5nLWtleSF="
      })
  void theDevKey_reEncoded_isStillRefusedOutsideTheDevProfile(String reEncoded) {
    MockEnvironment production = new MockEnvironment().withProperty(SigningKey.PROPERTY, reEncoded);

    assertThatThrownBy(() -> SigningKey.from(production))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev profile is not active");
  }

  @Test
  void aKeyThatIsNot32Bytes_orNotBase64_isRefused() {
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(
            () -> SigningKey.from(new MockEnvironment().withProperty(SigningKey.PROPERTY, short16)))
        .hasMessageContaining("must be 32 bytes");
    assertThatThrownBy(
            () -> SigningKey.from(new MockEnvironment().withProperty(SigningKey.PROPERTY, "%%%")))
        .hasMessageContaining("not valid base64");
  }

  @Test
  void aCheckpoint_verifiesWithThePublicKey_butNotOnceAnyFieldChanges() {
    SigningKey key = SigningKey.fromSeed(SealedEventLog.randomSeed());
    Seal head = new Seal(42, "event-42", ChainHash.ofGap(ChainHash.GENESIS, 42));
    Instant signedAt = Instant.parse("2026-12-01T18:00:00.123Z");
    Checkpoint signed = key.sign(Chain.EVENT_LOG, head.position(), head.chainHash(), signedAt);
    CheckpointVerifier published =
        CheckpointVerifier.forPublicKey(key.verifier().publicKeyBase64());

    assertThat(published.isGenuine(signed)).isTrue();
    assertThat(published.isGenuine(withPosition(signed, 43))).isFalse();
    assertThat(published.isGenuine(withTime(signed, signedAt.plusMillis(1)))).isFalse();
    assertThat(
            published.isGenuine(
                new Checkpoint(
                    Chain.EVENT_LOG,
                    42,
                    ChainHash.GENESIS,
                    signedAt,
                    signed.keyId(),
                    signed.signature())))
        .isFalse();
  }

  private static Checkpoint withPosition(Checkpoint c, long position) {
    return new Checkpoint(c.log(), position, c.chainHash(), c.signedAt(), c.keyId(), c.signature());
  }

  private static Checkpoint withTime(Checkpoint c, Instant signedAt) {
    return new Checkpoint(c.log(), c.position(), c.chainHash(), signedAt, c.keyId(), c.signature());
  }
}
