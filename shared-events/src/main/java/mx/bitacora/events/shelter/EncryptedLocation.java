package mx.bitacora.events.shelter;

import mx.bitacora.events.common.Confidential;

/**
 * A shelter's location (address or directions), sealed with the shelter's own data key: the base64
 * of a Tink AEAD ciphertext whose associated data is the shelter id. Only command-service, which
 * holds the keys, can open it.
 */
public record EncryptedLocation(String ciphertext) implements Confidential {}
