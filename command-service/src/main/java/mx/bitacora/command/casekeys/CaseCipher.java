package mx.bitacora.command.casekeys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Mac;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import mx.bitacora.command.keywrapping.TinkPrimitives;
import mx.bitacora.command.keywrapping.WrappedDataKey;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.platform.problem.RejectedException;

/**
 * Seals victim details with the data key of their case (Tink AEAD, AES-256-GCM; associated data:
 * case reference and referral id) and opens them again while the case's key exists. A case is its
 * issuing agency's ({@link AgencyCase}): another agency issuing under the same reference gets a key
 * of its own, and is never told whether the first agency's case exists or was erased. Each case's
 * key is created on first use and stored wrapped by the master key (bound to agency and reference),
 * as is its MAC key (HMAC-SHA256), which keys the {@linkplain #digest digest} of details that tells
 * a retried referral from another.
 */
public class CaseCipher {

  static {
    TinkPrimitives.ensureRegistered();
  }

  private final CaseKeys keys;
  private final Aead masterKey;
  private final ObjectMapper json;

  CaseCipher(CaseKeys keys, Aead masterKey, ObjectMapper json) {
    this.keys = keys;
    this.masterKey = masterKey;
    this.json = json;
  }

  /**
   * Seals {@code details} for one referral of the case; null when there are none. Either way the
   * case gets its data key on first use, and a case of this agency's that was erased is refused
   * with {@code CASE_ERASED}.
   */
  public EncryptedDetails seal(
      AgencyCase agencyCase, ReferralId referralId, VictimDetails details) {
    return seal(agencyCase, referralId.toString(), details);
  }

  /**
   * Seals {@code value} (victim details, a case note) with the case's data key, bound to {@code
   * sealedFor}: the referral it belongs to, or a part of it such as {@code <referral>/note/<id>}.
   * Null when there is no value; a case of this agency's that was erased is refused with {@code
   * CASE_ERASED} either way.
   */
  public EncryptedDetails seal(AgencyCase agencyCase, String sealedFor, Object value) {
    Aead dataKey = dataKey(agencyCase);
    CaseReference caseReference = agencyCase.caseReference();
    if (value == null) {
      return null;
    }
    try {
      byte[] plaintext = json.writeValueAsBytes(value);
      byte[] ciphertext = dataKey.encrypt(plaintext, associatedData(caseReference, sealedFor));
      return new EncryptedDetails(caseReference, Base64.getEncoder().encodeToString(ciphertext));
    } catch (JsonProcessingException | GeneralSecurityException e) {
      throw new IllegalStateException("Case data could not be sealed", e);
    }
  }

  /**
   * Opens the details sealed for {@code referralId}, which {@code issuingAgency} issued; fails with
   * {@link CaseDataUnavailableException} once the case is erased or when they belong elsewhere
   * (another referral, another case, another agency's case under the same reference).
   */
  public VictimDetails open(
      AgencyId issuingAgency, ReferralId referralId, EncryptedDetails sealed) {
    return open(issuingAgency, referralId.toString(), sealed, VictimDetails.class);
  }

  /**
   * Opens what was sealed for {@code sealedFor} in {@code issuingAgency}'s case, as {@code type};
   * fails with {@link CaseDataUnavailableException} once the case is erased or when the ciphertext
   * was sealed for something else.
   */
  public <T> T open(
      AgencyId issuingAgency, String sealedFor, EncryptedDetails sealed, Class<T> type) {
    CaseReference caseReference = sealed.caseReference();
    AgencyCase agencyCase = new AgencyCase(issuingAgency, caseReference);
    byte[] wrapped =
        keys.wrappedKey(agencyCase)
            .orElseThrow(
                () ->
                    new CaseDataUnavailableException(
                        "The data key of case " + caseReference + " does not exist (erased?)",
                        null));
    try {
      byte[] plaintext =
          unwrap(agencyCase, wrapped)
              .decrypt(
                  Base64.getDecoder().decode(sealed.ciphertext()),
                  associatedData(caseReference, sealedFor));
      return json.readValue(plaintext, type);
    } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
      throw new CaseDataUnavailableException(
          "The data sealed for " + sealedFor + " cannot be opened", e);
    }
  }

  /** Whether the case was erased: its key destroyed, its sealed data unreadable forever. */
  public boolean isErased(AgencyCase agencyCase) {
    return keys.isErased(agencyCase);
  }

  /**
   * A keyed digest (HMAC-SHA256 with the case's MAC key) of {@code details} for one referral of the
   * case; null when there are none. Equal details give equal digests while the case's key exists,
   * unlike their ciphertexts; without the key nothing about the details can be guessed from it. An
   * erased case is refused with {@code CASE_ERASED}.
   */
  public String digest(AgencyCase agencyCase, ReferralId referralId, VictimDetails details) {
    Mac macKey = macKey(agencyCase);
    CaseReference caseReference = agencyCase.caseReference();
    if (details == null) {
      return null;
    }
    try {
      byte[] canonical =
          json.writer()
              .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
              .writeValueAsBytes(details);
      byte[] context = associatedData(caseReference, referralId.toString());
      byte[] input = new byte[context.length + 1 + canonical.length];
      System.arraycopy(context, 0, input, 0, context.length);
      input[context.length] = '|';
      System.arraycopy(canonical, 0, input, context.length + 1, canonical.length);
      return Base64.getEncoder().encodeToString(macKey.computeMac(input));
    } catch (JsonProcessingException | GeneralSecurityException e) {
      throw new IllegalStateException("Victim details could not be digested", e);
    }
  }

  private Mac macKey(AgencyCase agencyCase) {
    dataKey(agencyCase); // refuses an erased case; the MAC key lives in the data key's row
    byte[] wrapped = keys.wrappedMacKey(agencyCase).orElse(null);
    if (wrapped == null) {
      keys.storeMacKeyIfAbsent(agencyCase, newWrappedMacKey(agencyCase));
      // Another request may have stored its key first, or the case was erased meanwhile.
      wrapped =
          keys.wrappedMacKey(agencyCase)
              .orElseThrow(
                  () -> new RejectedException(CaseProblem.CASE_ERASED, agencyCase.caseReference()));
    }
    try {
      return WrappedDataKey.unwrapMac(masterKey, wrapped, macWrappingContext(agencyCase));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The MAC key of case " + agencyCase + " is unusable", e);
    }
  }

  private byte[] newWrappedMacKey(AgencyCase agencyCase) {
    return WrappedDataKey.createMac(masterKey, macWrappingContext(agencyCase));
  }

  /** Binds a wrapped MAC key to its case, and keeps it from being taken for a data key. */
  private byte[] macWrappingContext(AgencyCase agencyCase) {
    return ("bitacora-case-mac-key:" + boundTo(agencyCase)).getBytes(StandardCharsets.UTF_8);
  }

  private Aead dataKey(AgencyCase agencyCase) {
    // Only this agency's own erased case is refused: another agency's, under the same reference,
    // is another case, and whether it exists or was erased is never told here.
    if (keys.isErased(agencyCase)) {
      throw new RejectedException(CaseProblem.CASE_ERASED, agencyCase.caseReference());
    }
    byte[] wrapped = keys.wrappedKey(agencyCase).orElse(null);
    if (wrapped == null) {
      keys.storeIfAbsent(agencyCase, newWrappedKey(agencyCase));
      // Another request may have stored its key first: always use the stored one.
      wrapped = keys.wrappedKey(agencyCase).orElseThrow();
    }
    try {
      return unwrap(agencyCase, wrapped);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The data key of case " + agencyCase + " is unusable", e);
    }
  }

  private byte[] newWrappedKey(AgencyCase agencyCase) {
    return WrappedDataKey.create(masterKey, wrappingContext(agencyCase));
  }

  private Aead unwrap(AgencyCase agencyCase, byte[] wrapped) throws GeneralSecurityException {
    return WrappedDataKey.unwrap(masterKey, wrapped, wrappingContext(agencyCase));
  }

  /** Binds a wrapped key to its case: a key row copied to another case does not unwrap. */
  private byte[] wrappingContext(AgencyCase agencyCase) {
    return ("bitacora-case-key:" + boundTo(agencyCase)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What a case's wrapped keys are bound to: its agency and reference, or, for keys wrapped before
   * cases were scoped to their agency (V9__case_keys_per_agency.sql), the reference alone.
   */
  private String boundTo(AgencyCase agencyCase) {
    String reference = agencyCase.caseReference().value();
    return keys.wrappedForReferenceOnly(agencyCase)
        ? reference
        : agencyCase.issuingAgency().value() + "/" + reference;
  }

  /**
   * Binds a ciphertext to its case and to what it was sealed for (a referral, a part of one): it
   * cannot be replayed into another event.
   */
  static byte[] associatedData(CaseReference caseReference, String sealedFor) {
    return (caseReference.value() + "|" + sealedFor).getBytes(StandardCharsets.UTF_8);
  }
}
