import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Mints a DEV-ONLY token signed with dev/dev-jwt-private.pem. Services accept it only under the
 * dev profile. Usage (from the repository root):
 *
 * <pre>java dev/MintDevToken.java USER AGENCY ROLE[,ROLE...] [HOURS]</pre>
 *
 * e.g. {@code java dev/MintDevToken.java dif-staff-1 dif-benito-juarez AGENCY_STAFF}
 */
public class MintDevToken {

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java dev/MintDevToken.java USER AGENCY ROLE[,ROLE...] [HOURS]");
      System.exit(2);
    }
    long hours = args.length > 3 ? Long.parseLong(args[3]) : 8;
    long now = Instant.now().getEpochSecond();
    String roles =
        Arrays.stream(args[2].split(","))
            .map(role -> "\"" + role.strip() + "\"")
            .collect(Collectors.joining(","));
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        String.format(
            "{\"iss\":\"bitacora-dev\",\"aud\":\"bitacora\",\"sub\":\"%s\",\"agency\":\"%s\",\"roles\":[%s],"
                + "\"iat\":%d,\"exp\":%d}",
            args[0], args[1], roles, now, now + hours * 3600);
    String signingInput = base64Url(header) + "." + base64Url(claims);
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(privateKey(Path.of(System.getProperty("key", "dev/dev-jwt-private.pem"))));
    rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    System.out.println(
        signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static PrivateKey privateKey(Path pem) throws Exception {
    String base64 =
        Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }
}
