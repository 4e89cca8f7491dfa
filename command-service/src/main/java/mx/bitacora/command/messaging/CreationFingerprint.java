package mx.bitacora.command.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * A SHA-256 digest of a creation command (its type and JSON form, which includes the acting agency;
 * or its {@link FingerprintedCreation#fingerprintView() view}, if it offers one). Stored in the
 * created events' metadata, it tells a retried create (same digest: answer as the first time) from
 * a different create reusing the id (another digest: 409).
 */
@Component
class CreationFingerprint {

  static final String METADATA_KEY = "creationFingerprint";

  private final ObjectMapper json;

  CreationFingerprint(ObjectMapper json) {
    this.json = json;
  }

  String of(Object command) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(command.getClass().getName().getBytes(StandardCharsets.UTF_8));
      Object view =
          command instanceof FingerprintedCreation fingerprinted
              ? fingerprinted.fingerprintView()
              : command;
      sha256.update(json.writeValueAsBytes(view));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint " + command.getClass().getName(), e);
    }
  }
}
