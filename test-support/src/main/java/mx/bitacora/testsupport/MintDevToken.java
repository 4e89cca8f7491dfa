package mx.bitacora.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;

/**
 * Mints a DEV-ONLY token from the command line, through {@link DevTokens}; {@code dev/mint-token}
 * runs it. Usage: {@code dev/mint-token USER AGENCY ROLE[,ROLE...] [HOURS]} (8 hours unless told);
 * {@code -Dkey=PATH} signs with another PKCS#8 PEM key than the dev one.
 */
public final class MintDevToken {

  private MintDevToken() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: dev/mint-token USER AGENCY ROLE[,ROLE...] [HOURS]");
      System.exit(2);
    }
    String keyFile = System.getProperty("key");
    PrivateKey key =
        keyFile == null
            ? DevTokens.devKey()
            : DevTokens.privateKey(Files.readString(Path.of(keyFile)));
    Duration validity = Duration.ofHours(args.length > 3 ? Long.parseLong(args[3]) : 8);
    String[] roles = args[2].split(",");
    for (int i = 0; i < roles.length; i++) {
      roles[i] = roles[i].strip();
    }
    System.out.println(DevTokens.mint(key, DevTokens.ISSUER, args[0], args[1], validity, roles));
  }
}
