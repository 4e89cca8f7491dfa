package mx.bitacora.command.keywrapping;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;
import java.security.GeneralSecurityException;

/** Registers Tink's AEAD and MAC primitives once, before any key of them is made or read. */
public final class TinkPrimitives {

  static {
    try {
      AeadConfig.register();
      MacConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private TinkPrimitives() {}

  /** Ensures the primitives are registered (the first call registers them). */
  public static void ensureRegistered() {
    // Registration happens in the static initializer, run once by the first call.
  }
}
