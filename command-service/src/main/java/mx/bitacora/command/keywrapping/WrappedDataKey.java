package mx.bitacora.command.keywrapping;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;

/**
 * Creates AES-256-GCM data keys (Tink AEAD keysets) wrapped by the master key, and unwraps them.
 * The wrapping context is bound to the key's owner (a case, a shelter): a wrapped key copied to
 * another owner does not unwrap.
 */
public final class WrappedDataKey {

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
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
}
