package mx.bitacora.query.integrity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.Base64;

/**
 * A checkpoint as published for agencies to keep, and as they hand it back to be checked: which log
 * (absent means the event log, as in files kept before the access log had checkpoints), hex chain
 * hash, base64 signature.
 */
public record PublishedCheckpoint(
    Chain log,
    @NotNull @Positive Long position,
    @NotNull @Pattern(regexp = "[0-9a-f]{64}") String chainHash,
    @NotNull Instant signedAt,
    @NotNull @Pattern(regexp = "[0-9a-f]{16}") String keyId,
    @NotNull @Pattern(regexp = "[A-Za-z0-9+/]{86}==") String signature) {

  static PublishedCheckpoint of(Checkpoint checkpoint) {
    return new PublishedCheckpoint(
        checkpoint.log(),
        checkpoint.position(),
        ChainHash.hex(checkpoint.chainHash()),
        checkpoint.signedAt(),
        checkpoint.keyId(),
        Base64.getEncoder().encodeToString(checkpoint.signature()));
  }

  /** The checkpoint itself; fails with IllegalArgumentException on a malformed field. */
  Checkpoint toCheckpoint() {
    if (position == null || position < 1 || signedAt == null || keyId == null) {
      throw new IllegalArgumentException("a checkpoint needs position, signedAt and keyId");
    }
    return new Checkpoint(
        log == null ? Chain.EVENT_LOG : log,
        position,
        ChainHash.fromHex(chainHash),
        signedAt,
        keyId,
        Base64.getDecoder().decode(signature));
  }
}
