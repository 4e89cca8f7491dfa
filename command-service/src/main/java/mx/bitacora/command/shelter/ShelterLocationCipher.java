package mx.bitacora.command.shelter;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Mac;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import mx.bitacora.command.keywrapping.WrappedDataKey;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.EncryptedLocation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seals a shelter's location with the shelter's own data key (Tink AEAD, AES-256-GCM; associated
 * data: the shelter id) and opens it again. Each shelter's key is created on first use and kept
 * wrapped by the master key in {@code case_keys.shelter_key}, as is its MAC key (HMAC-SHA256),
 * which keys the {@linkplain #digest digest} of a location that tells a retried registration from
 * another.
 */
class ShelterLocationCipher {

  private final JdbcTemplate jdbc;
  private final Aead masterKey;

  ShelterLocationCipher(JdbcTemplate jdbc, Aead masterKey) {
    this.jdbc = jdbc;
    this.masterKey = masterKey;
  }

  /** The sealed location, or null when there is none. */
  EncryptedLocation seal(ShelterId shelterId, String location) {
    if (location == null) {
      return null;
    }
    try {
      byte[] ciphertext =
          dataKey(shelterId)
              .encrypt(location.getBytes(StandardCharsets.UTF_8), associatedData(shelterId));
      return new EncryptedLocation(Base64.getEncoder().encodeToString(ciphertext));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "The location of shelter " + shelterId + " was not sealed", e);
    }
  }

  /** Opens a location sealed for {@code shelterId}; fails if it was sealed for another shelter. */
  String open(ShelterId shelterId, EncryptedLocation sealed) {
    byte[] wrapped =
        wrappedKey(shelterId)
            .orElseThrow(
                () -> new IllegalStateException("Shelter " + shelterId + " has no data key"));
    try {
      byte[] plaintext =
          WrappedDataKey.unwrap(masterKey, wrapped, wrappingContext(shelterId))
              .decrypt(Base64.getDecoder().decode(sealed.ciphertext()), associatedData(shelterId));
      return new String(plaintext, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "The location of shelter " + shelterId + " cannot be opened", e);
    }
  }

  /**
   * A keyed digest (HMAC-SHA256 with the shelter's MAC key) of {@code location}, bound to the
   * shelter; null when there is none. Equal locations of one shelter give equal digests, unlike
   * their ciphertexts; without the key nothing about the location can be guessed from it.
   */
  String digest(ShelterId shelterId, String location) {
    if (location == null) {
      return null;
    }
    try {
      byte[] input = (shelterId.value() + "|" + location).getBytes(StandardCharsets.UTF_8);
      return Base64.getEncoder().encodeToString(macKey(shelterId).computeMac(input));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "The location of shelter " + shelterId + " was not digested", e);
    }
  }

  private Mac macKey(ShelterId shelterId) throws GeneralSecurityException {
    dataKey(shelterId); // the MAC key lives in the data key's row
    if (wrappedMacKey(shelterId).isEmpty()) {
      jdbc.update(
          "update case_keys.shelter_key set wrapped_mac_key = ?"
              + " where shelter_id = ? and wrapped_mac_key is null",
          WrappedDataKey.createMac(masterKey, macWrappingContext(shelterId)),
          shelterId.value());
    }
    // Another request may have stored its key first: always use the stored one.
    return WrappedDataKey.unwrapMac(
        masterKey, wrappedMacKey(shelterId).orElseThrow(), macWrappingContext(shelterId));
  }

  private Optional<byte[]> wrappedMacKey(ShelterId shelterId) {
    List<byte[]> keys =
        jdbc.queryForList(
            "select wrapped_mac_key from case_keys.shelter_key"
                + " where shelter_id = ? and wrapped_mac_key is not null",
            byte[].class,
            shelterId.value());
    return keys.stream().findFirst();
  }

  private Aead dataKey(ShelterId shelterId) throws GeneralSecurityException {
    if (wrappedKey(shelterId).isEmpty()) {
      jdbc.update(
          "insert into case_keys.shelter_key (shelter_id, wrapped_key) values (?, ?)"
              + " on conflict (shelter_id) do nothing",
          shelterId.value(),
          WrappedDataKey.create(masterKey, wrappingContext(shelterId)));
    }
    // Another request may have stored its key first: always use the stored one.
    return WrappedDataKey.unwrap(
        masterKey, wrappedKey(shelterId).orElseThrow(), wrappingContext(shelterId));
  }

  private Optional<byte[]> wrappedKey(ShelterId shelterId) {
    List<byte[]> keys =
        jdbc.queryForList(
            "select wrapped_key from case_keys.shelter_key where shelter_id = ?",
            byte[].class,
            shelterId.value());
    return keys.stream().findFirst();
  }

  /** Binds a wrapped key to its shelter: a key row copied to another shelter does not unwrap. */
  private static byte[] wrappingContext(ShelterId shelterId) {
    return ("bitacora-shelter-key:" + shelterId).getBytes(StandardCharsets.UTF_8);
  }

  /** Binds a wrapped MAC key to its shelter, and keeps it from being taken for a data key. */
  private static byte[] macWrappingContext(ShelterId shelterId) {
    return ("bitacora-shelter-mac-key:" + shelterId).getBytes(StandardCharsets.UTF_8);
  }

  /** Binds a ciphertext to its shelter: copied into another shelter's event, it does not open. */
  private static byte[] associatedData(ShelterId shelterId) {
    return shelterId.value().getBytes(StandardCharsets.UTF_8);
  }
}
