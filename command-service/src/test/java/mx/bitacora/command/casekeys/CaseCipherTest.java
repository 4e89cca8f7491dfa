package mx.bitacora.command.casekeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.platform.problem.RejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

class CaseCipherTest {

  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final CaseReference REFERENCE = new CaseReference("QROO-2022-0147");
  private static final AgencyCase CASE = new AgencyCase(FISCALIA, REFERENCE);
  private static final AgencyCase OTHER_CASE =
      new AgencyCase(FISCALIA, new CaseReference("QROO-2022-0999"));

  /** Another agency's case under the same reference: another case. */
  private static final AgencyCase OTHER_AGENCYS_CASE = new AgencyCase(DIF, REFERENCE);

  private static final ReferralId REFERRAL = new ReferralId(UUID.randomUUID());
  private static final VictimDetails DETAILS =
      new VictimDetails(
          "Canario notas", 14, "F", "Guatemalteca", Map.of("idioma", "Mam", "escolaridad", "6"));

  private final byte[] master = randomKey();
  private final InMemoryCaseKeys keys = new InMemoryCaseKeys();
  private final CaseCipher cipher =
      new CaseCipher(keys, MasterKey.fromBytes(master), new ObjectMapper());

  @Test
  void sealedDetails_openAgain_forTheSameCaseAndReferral() {
    EncryptedDetails sealed = cipher.seal(CASE, REFERRAL, DETAILS);

    assertThat(sealed.caseReference()).isEqualTo(REFERENCE);
    assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.UTF_8))
        .doesNotContain("Canario", "Guatemalteca", "Mam");
    assertThat(cipher.open(FISCALIA, REFERRAL, sealed))
        .usingRecursiveComparison()
        .isEqualTo(DETAILS);
  }

  @Test
  void noDetails_sealToNothing_butTheCaseGetsItsKey() {
    assertThat(cipher.seal(CASE, REFERRAL, null)).isNull();
    assertThat(keys.wrappedKey(CASE)).isPresent();
  }

  @Test
  void eachCase_hasItsOwnKey_reusedForEveryReferral() {
    cipher.seal(CASE, REFERRAL, DETAILS);
    byte[] first = keys.wrappedKey(CASE).orElseThrow();
    cipher.seal(CASE, new ReferralId(UUID.randomUUID()), DETAILS);
    cipher.seal(OTHER_CASE, REFERRAL, DETAILS);

    assertThat(keys.wrappedKey(CASE).orElseThrow()).isEqualTo(first);
    assertThat(keys.wrappedKey(OTHER_CASE).orElseThrow()).isNotEqualTo(first);
  }

  @Test
  void opening_fails_forAnotherReferral() {
    EncryptedDetails sealed = cipher.seal(CASE, REFERRAL, DETAILS);

    assertThatThrownBy(() -> cipher.open(FISCALIA, new ReferralId(UUID.randomUUID()), sealed))
        .isInstanceOf(CaseDataUnavailableException.class);
  }

  @Test
  void opening_fails_whenTheCiphertextIsMovedToAnotherCase() {
    EncryptedDetails sealed = cipher.seal(CASE, REFERRAL, DETAILS);
    cipher.seal(OTHER_CASE, REFERRAL, null);
    EncryptedDetails moved = new EncryptedDetails(OTHER_CASE.caseReference(), sealed.ciphertext());

    assertThatThrownBy(() -> cipher.open(FISCALIA, REFERRAL, moved))
        .isInstanceOf(CaseDataUnavailableException.class);
  }

  @Test
  void anotherAgency_issuingUnderTheSameReference_getsAKeyOfItsOwn() {
    cipher.seal(CASE, REFERRAL, DETAILS);
    cipher.seal(OTHER_AGENCYS_CASE, new ReferralId(UUID.randomUUID()), DETAILS);

    assertThat(keys.wrappedKey(OTHER_AGENCYS_CASE).orElseThrow())
        .isNotEqualTo(keys.wrappedKey(CASE).orElseThrow());
  }

  @Test
  void anotherAgency_cannotOpen_detailsSealedUnderTheSameReference() {
    EncryptedDetails sealed = cipher.seal(CASE, REFERRAL, DETAILS);
    cipher.seal(OTHER_AGENCYS_CASE, new ReferralId(UUID.randomUUID()), null);

    assertThatThrownBy(() -> cipher.open(DIF, REFERRAL, sealed))
        .isInstanceOf(CaseDataUnavailableException.class);
  }

  @Test
  void aKeyRowCopiedToAnotherAgencysCase_doesNotUnwrap() {
    EncryptedDetails sealed = cipher.seal(CASE, REFERRAL, DETAILS);
    keys.keys.put(OTHER_AGENCYS_CASE, keys.wrappedKey(CASE).orElseThrow());

    assertThatThrownBy(() -> cipher.open(DIF, REFERRAL, sealed))
        .isInstanceOf(CaseDataUnavailableException.class);
  }

  @Test
  void anotherAgencysErasedCase_isNeverToldOf_andItsOwnCaseTakesDetails() {
    EncryptedDetails sealed = cipher.seal(CASE, REFERRAL, DETAILS);
    keys.destroy(CASE);

    ReferralId other = new ReferralId(UUID.randomUUID());
    EncryptedDetails ownSealed = cipher.seal(OTHER_AGENCYS_CASE, other, DETAILS);

    assertThat(cipher.open(DIF, other, ownSealed)).usingRecursiveComparison().isEqualTo(DETAILS);
    assertThatThrownBy(() -> cipher.open(FISCALIA, REFERRAL, sealed))
        .isInstanceOf(CaseDataUnavailableException.class);
    assertThatThrownBy(() -> cipher.seal(CASE, REFERRAL, DETAILS))
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.code()).isEqualTo("CASE_ERASED"));
  }

  @Test
  void opening_fails_onceTheCaseKeyIsDestroyed() {
    EncryptedDetails sealed = cipher.seal(CASE, REFERRAL, DETAILS);

    keys.destroy(CASE);

    assertThatThrownBy(() -> cipher.open(FISCALIA, REFERRAL, sealed))
        .isInstanceOf(CaseDataUnavailableException.class);
  }

  @Test
  void anErasedCase_takesNoNewDetails() {
    cipher.seal(CASE, REFERRAL, DETAILS);
    keys.destroy(CASE);

    assertThatThrownBy(() -> cipher.seal(CASE, REFERRAL, DETAILS))
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.code()).isEqualTo("CASE_ERASED"));
  }

  @Test
  void aWrappedKey_doesNotUnwrapWithAnotherMasterKey() {
    EncryptedDetails sealed = cipher.seal(CASE, REFERRAL, DETAILS);
    CaseCipher otherMaster =
        new CaseCipher(keys, MasterKey.fromBytes(randomKey()), new ObjectMapper());

    assertThatThrownBy(() -> otherMaster.open(FISCALIA, REFERRAL, sealed))
        .isInstanceOf(CaseDataUnavailableException.class);
  }

  @Test
  void theStoredKey_isWrapped_neverAPlainKeyset() {
    cipher.seal(CASE, REFERRAL, DETAILS);
    byte[] stored = keys.wrappedKey(CASE).orElseThrow();

    assertThatThrownBy(
            () -> TinkProtoKeysetFormat.parseKeyset(stored, InsecureSecretKeyAccess.get()))
        .isInstanceOf(java.security.GeneralSecurityException.class);
    assertThat(Base64.getEncoder().encodeToString(stored))
        .doesNotContain(Base64.getEncoder().encodeToString(master));
  }

  @Test
  void theServiceRefusesToStart_withoutAMasterKey() {
    assertThatThrownBy(() -> MasterKey.from(new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No master key configured");
  }

  @Test
  void theDevMasterKey_isRefusedOutsideTheDevProfile() {
    Environment production =
        new MockEnvironment().withProperty(MasterKey.PROPERTY, MasterKey.DEV_KEY);

    assertThatThrownBy(() -> MasterKey.from(production))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev profile is not active");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TDMfFOiliMqq2f7jYeWzsrMw15pBmy6qmHMCNLTuOrk",
        "  TDMfFOiliMqq2f7jYeWzsrMw15pBmy6qmHMCNLTuOrk=\r\n",
        "\tTDMfFOiliMqq2f7jYeWzsrMw15pBmy6qmHMCNLTuOrk\n",
        "TDMfFOiliMqq2f7jYeWzsrMw15pBmy6qmHMCNLTuOrl="
      })
  void theDevMasterKey_reEncoded_isStillRefusedOutsideTheDevProfile(String reEncoded) {
    Environment production = new MockEnvironment().withProperty(MasterKey.PROPERTY, reEncoded);

    assertThatThrownBy(() -> MasterKey.from(production))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev profile is not active");
  }

  @Test
  void theDevMasterKey_isAcceptedUnderTheDevProfile_andAShortKeyNowhere() {
    MockEnvironment dev = new MockEnvironment().withProperty(MasterKey.PROPERTY, MasterKey.DEV_KEY);
    dev.setActiveProfiles("dev");
    assertThat(MasterKey.from(dev)).isNotNull();

    Environment shortKey =
        new MockEnvironment()
            .withProperty(MasterKey.PROPERTY, Base64.getEncoder().encodeToString(new byte[16]));
    assertThatThrownBy(() -> MasterKey.from(shortKey)).hasMessageContaining("32 bytes");
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  @Test
  void equalDetails_digestAlike_andDifferentOnesOrAnotherCaseDoNot() {
    Map<String, String> reversedOrder = new java.util.LinkedHashMap<>();
    reversedOrder.put("idioma", "Mam");
    reversedOrder.put("escolaridad", "6");
    Map<String, String> order = new java.util.LinkedHashMap<>();
    order.put("escolaridad", "6");
    order.put("idioma", "Mam");
    String digest =
        cipher.digest(
            CASE, REFERRAL, new VictimDetails("Canario notas", 14, "F", "Guatemalteca", order));
    VictimDetails reordered =
        new VictimDetails("Canario notas", 14, "F", "Guatemalteca", reversedOrder);
    VictimDetails older = new VictimDetails("Canario notas", 15, "F", "Guatemalteca", order);

    assertThat(cipher.digest(CASE, REFERRAL, reordered)).isEqualTo(digest);
    assertThat(cipher.digest(CASE, REFERRAL, older)).isNotEqualTo(digest);
    assertThat(cipher.digest(OTHER_CASE, REFERRAL, DETAILS)).isNotEqualTo(digest);
    assertThat(cipher.digest(OTHER_AGENCYS_CASE, REFERRAL, DETAILS)).isNotEqualTo(digest);
    assertThat(new String(Base64.getDecoder().decode(digest), StandardCharsets.ISO_8859_1))
        .doesNotContain("Canario", "Guatemalteca", "Mam");
    assertThat(cipher.digest(CASE, REFERRAL, null)).isNull();
  }

  @Test
  void theMacKey_isWrapped_keptBesideTheDataKey_andDestroyedWithIt() {
    cipher.digest(CASE, REFERRAL, DETAILS);
    byte[] wrapped = keys.wrappedMacKey(CASE).orElseThrow();
    assertThatThrownBy(
            () -> TinkProtoKeysetFormat.parseKeyset(wrapped, InsecureSecretKeyAccess.get()))
        .isInstanceOf(java.security.GeneralSecurityException.class);
    assertThat(keys.wrappedKey(CASE)).isPresent();

    keys.destroy(CASE);

    assertThat(keys.wrappedMacKey(CASE)).isEmpty();
    assertThatThrownBy(() -> cipher.digest(CASE, REFERRAL, DETAILS))
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.code()).isEqualTo("CASE_ERASED"));
  }
}
