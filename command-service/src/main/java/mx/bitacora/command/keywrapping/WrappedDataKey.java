package mx.bitacora.command.keywrapping;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.security.GeneralSecurityException;

/**
 * Creates AES-256-GCM data keys (Tink AEAD keysets) and HMAC-SHA256 MAC keys wrapped by the master
 * key, and unwraps them. The wrapping context is bound to the key's owner (a case, a shelter) and
 * purpose: a wrapped key copied to another owner, or taken for the other kind of key, does not
 * unwrap.
 */
public final class WrappedDataKey {

  static {
    TinkPrimitives.ensureRegistered();
  }

  private WrappedDataKey() {}

  /** A new data key, encrypted with {@code masterKey} and bound to {@code context}. */
  public static byte[] create(Aead masterKey, byte[] context) {
    try {
      KeysetHandle key = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      return TinkProtoKeysetFormat.serializeEncryptedKeyset(key, masterKey, context);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A data key could not be created", e);
    }
  }

  /** The data key in {@code wrapped}; fails if another master key or context wrapped it. */
  public static Aead unwrap(Aead masterKey, byte[] wrapped, byte[] context)
      throws GeneralSecurityException {
    return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, masterKey, context)
        .getPrimitive(RegistryConfiguration.get(), Aead.class);
  }

  /**
   * A new MAC key (HMAC-SHA256, 256-bit tag), encrypted with {@code masterKey} for {@code context}.
   */
  public static byte[] createMac(Aead masterKey, byte[] context) {
    try {
      KeysetHandle key = KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG);
      return TinkProtoKeysetFormat.serializeEncryptedKeyset(key, masterKey, context);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A MAC key could not be created", e);
    }
  }

  /** The MAC key in {@code wrapped}; fails if another master key or context wrapped it. */
  public static Mac unwrapMac(Aead masterKey, byte[] wrapped, byte[] context)
      throws GeneralSecurityException {
    return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, masterKey, context)
        .getPrimitive(RegistryConfiguration.get(), Mac.class);
  }
}
