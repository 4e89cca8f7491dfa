package mx.bitacora.command.casekeys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import mx.bitacora.command.keywrapping.WrappedDataKey;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.platform.problem.RejectedException;

/**
 * Seals victim details with the data key of their case (Tink AEAD, AES-256-GCM; associated data:
 * case reference and referral id) and opens them again while the case's key exists. Each case's key
 * is created on first use and stored wrapped by the master key, as is its MAC key (HMAC-SHA256),
 * which keys the {@linkplain #digest digest} of details that tells a retried referral from another.
 */
public class CaseCipher {

  static {
    try {
      AeadConfig.register();
      MacConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
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
   * case gets its data key on first use, and an erased case is refused with {@code CASE_ERASED}.
   */
  public EncryptedDetails seal(
      CaseReference caseReference, ReferralId referralId, VictimDetails details) {
    Aead dataKey = dataKey(caseReference);
    if (details == null) {
      return null;
    }
    try {
      byte[] plaintext = json.writeValueAsBytes(details);
      byte[] ciphertext = dataKey.encrypt(plaintext, associatedData(caseReference, referralId));
      return new EncryptedDetails(caseReference, Base64.getEncoder().encodeToString(ciphertext));
    } catch (JsonProcessingException | GeneralSecurityException e) {
      throw new IllegalStateException("Victim details could not be sealed", e);
    }
  }

  /**
   * Opens the details sealed for {@code referralId}; fails with {@link
   * CaseDataUnavailableException} once the case is erased or when they belong elsewhere.
   */
  public VictimDetails open(ReferralId referralId, EncryptedDetails sealed) {
    CaseReference caseReference = sealed.caseReference();
    byte[] wrapped =
        keys.wrappedKey(caseReference)
            .orElseThrow(
                () ->
                    new CaseDataUnavailableException(
                        "The data key of case " + caseReference + " does not exist (erased?)",
                        null));
    try {
      byte[] plaintext =
          unwrap(caseReference, wrapped)
              .decrypt(
                  Base64.getDecoder().decode(sealed.ciphertext()),
                  associatedData(caseReference, referralId));
      return json.readValue(plaintext, VictimDetails.class);
    } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
      throw new CaseDataUnavailableException(
          "The details of referral " + referralId + " cannot be opened", e);
    }
  }

  /**
   * A keyed digest (HMAC-SHA256 with the case's MAC key) of {@code details} for one referral of the
   * case; null when there are none. Equal details give equal digests while the case's key exists,
   * unlike their ciphertexts; without the key nothing about the details can be guessed from it. An
   * erased case is refused with {@code CASE_ERASED}.
   */
  public String digest(CaseReference caseReference, ReferralId referralId, VictimDetails details) {
    Mac macKey = macKey(caseReference);
    if (details == null) {
      return null;
    }
    try {
      byte[] canonical =
          json.writer()
              .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
              .writeValueAsBytes(details);
      byte[] context = associatedData(caseReference, referralId);
      byte[] input = new byte[context.length + 1 + canonical.length];
      System.arraycopy(context, 0, input, 0, context.length);
      input[context.length] = '|';
      System.arraycopy(canonical, 0, input, context.length + 1, canonical.length);
      return Base64.getEncoder().encodeToString(macKey.computeMac(input));
    } catch (JsonProcessingException | GeneralSecurityException e) {
      throw new IllegalStateException("Victim details could not be digested", e);
    }
  }

  private Mac macKey(CaseReference caseReference) {
    dataKey(caseReference); // refuses an erased case; the MAC key lives in the data key's row
    byte[] wrapped = keys.wrappedMacKey(caseReference).orElse(null);
    if (wrapped == null) {
      keys.storeMacKeyIfAbsent(caseReference, newWrappedMacKey(caseReference));
      // Another request may have stored its key first, or the case was erased meanwhile.
      wrapped =
          keys.wrappedMacKey(caseReference)
              .orElseThrow(() -> RejectedException.ruleViolated("CASE_ERASED", caseReference));
    }
    try {
      return WrappedDataKey.unwrapMac(masterKey, wrapped, macWrappingContext(caseReference));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The MAC key of case " + caseReference + " is unusable", e);
    }
  }

  private byte[] newWrappedMacKey(CaseReference caseReference) {
    return WrappedDataKey.createMac(masterKey, macWrappingContext(caseReference));
  }

  /** Binds a wrapped MAC key to its case, and keeps it from being taken for a data key. */
  private static byte[] macWrappingContext(CaseReference caseReference) {
    return ("bitacora-case-mac-key:" + caseReference.value()).getBytes(StandardCharsets.UTF_8);
  }

  private Aead dataKey(CaseReference caseReference) {
    if (keys.isErased(caseReference)) {
      throw RejectedException.ruleViolated("CASE_ERASED", caseReference);
    }
    byte[] wrapped = keys.wrappedKey(caseReference).orElse(null);
    if (wrapped == null) {
      keys.storeIfAbsent(caseReference, newWrappedKey(caseReference));
      // Another request may have stored its key first: always use the stored one.
      wrapped = keys.wrappedKey(caseReference).orElseThrow();
    }
    try {
      return unwrap(caseReference, wrapped);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The data key of case " + caseReference + " is unusable", e);
    }
  }

  private byte[] newWrappedKey(CaseReference caseReference) {
    return WrappedDataKey.create(masterKey, wrappingContext(caseReference));
  }

  private Aead unwrap(CaseReference caseReference, byte[] wrapped) throws GeneralSecurityException {
    return WrappedDataKey.unwrap(masterKey, wrapped, wrappingContext(caseReference));
  }

  /** Binds a wrapped key to its case: a key row copied to another case does not unwrap. */
  private static byte[] wrappingContext(CaseReference caseReference) {
    return ("bitacora-case-key:" + caseReference.value()).getBytes(StandardCharsets.UTF_8);
  }

  /** Binds a ciphertext to its case and referral: it cannot be replayed into another event. */
  static byte[] associatedData(CaseReference caseReference, ReferralId referralId) {
    return (caseReference.value() + "|" + referralId).getBytes(StandardCharsets.UTF_8);
  }
}
