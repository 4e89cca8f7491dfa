package mx.bitacora.command.casekeys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The master key that wraps every case's and every shelter's data key: a 32-byte AES-256-GCM key
 * given, base64-encoded, in {@code bitacora.crypto.master-key} (a secret of the deployment, never
 * in the database). The service refuses to start without one, and refuses the published dev key
 * outside the dev profile.
 */
public final class MasterKey {

  static final String PROPERTY = "bitacora.crypto.master-key";

  /** The dev profile's key, published in command-service-dev.yml: never for real data. */
  static final String DEV_KEY = "TDMfFOiliMqq2f7jYeWzsrMw15pBmy6qmHMCNLTuOrk=";

  private MasterKey() {}

  /** The master AEAD configured in {@code environment}; fails loudly if it is missing or unsafe. */
  public static Aead from(Environment environment) {
    String encoded = environment.getProperty(PROPERTY);
    if (encoded == null || encoded.isBlank()) {
      throw new IllegalStateException(
          "No master key configured: set "
              + PROPERTY
              + " (base64 of 32 random bytes, e.g. openssl rand -base64 32)");
    }
    byte[] raw = decode(encoded.strip());
    // Compared as key material: the dev key re-encoded (no padding, other spacing) is the dev key.
    if (MessageDigest.isEqual(raw, decode(DEV_KEY))
        && !environment.acceptsProfiles(Profiles.of("dev"))) {
      throw new IllegalStateException(
          "The published dev master key is configured but the dev profile is not active: "
              + "production needs its own secret "
              + PROPERTY);
    }
    return fromBytes(raw);
  }

  /** An AES-256-GCM AEAD over the given raw 32-byte key. */
  static Aead fromBytes(byte[] raw) {
    if (raw.length != 32) {
      throw new IllegalStateException(PROPERTY + " must be 32 bytes (AES-256), base64-encoded");
    }
    try {
      AeadConfig.register();
      AesGcmParameters parameters =
          AesGcmParameters.builder()
              .setKeySizeBytes(32)
              .setIvSizeBytes(12)
              .setTagSizeBytes(16)
              .setVariant(AesGcmParameters.Variant.NO_PREFIX)
              .build();
      AesGcmKey key =
          AesGcmKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get()))
              .build();
      return KeysetHandle.newBuilder()
          .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
          .build()
          .getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The master key could not be loaded", e);
    }
  }

  private static byte[] decode(String encoded) {
    try {
      return Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(PROPERTY + " is not valid base64", e);
    }
  }
}
