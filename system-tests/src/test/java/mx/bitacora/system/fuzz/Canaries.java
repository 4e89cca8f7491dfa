package mx.bitacora.system.fuzz;

import java.util.Random;

/** Unique, recognisable text for each mutation, so that an answer echoing it is caught. */
final class Canaries {

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private static final String CONTROL_CHARACTERS = controlCharacters();

  private final Random random;

  Canaries(Random random) {
    this.random = random;
  }

  /** A fresh canary: {@code fz} and ten letters or digits, valid inside any id or name. */
  String next() {
    StringBuilder canary = new StringBuilder("fz");
    for (int i = 0; i < 10; i++) {
      canary.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return canary.toString();
  }

  /** A control character the API refuses, other than NUL: one of C0, DEL and C1. */
  char controlCharacter() {
    return CONTROL_CHARACTERS.charAt(random.nextInt(CONTROL_CHARACTERS.length()));
  }

  private static String controlCharacters() {
    StringBuilder characters = new StringBuilder();
    for (char c = 1; c <= 0x9F; c++) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c >= 0x7F) {
        characters.append(c);
      }
    }
    return characters.toString();
  }
}
