package mx.bitacora.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Registers the agencies tests act for, through {@code POST /agencies} as a platform administrator,
 * since command-service refuses writes from and about agencies that are not registered and active.
 * The bodies are those of {@code dev/LoadDemoData.java}, so loading the demo data afterwards
 * answers as a retry; a registration already recorded the same way is answered as the first was.
 */
public final class NetworkAgencies {

  /** The agencies registered: the demo network's six, and the platform operators' own. */
  public static final List<String> IDS =
      List.of(
          "segob",
          "dif-benito-juarez",
          "unodc-mexico",
          "inl",
          "fiscalia-quintana-roo",
          "gobierno-quintana-roo",
          "bitacora-ops");

  private static final List<String> BODIES =
      List.of(
          body("segob", "Secretaría de Gobernación", "SEGOB", "FEDERAL", "FEDERAL", null),
          body(
              "dif-benito-juarez",
              "Sistema para el Desarrollo Integral de la Familia del Municipio de Benito Juárez",
              "DIF BJ",
              "MUNICIPAL",
              "MUNICIPAL",
              "Quintana Roo"),
          body(
              "unodc-mexico",
              "Oficina de las Naciones Unidas contra la Droga y el Delito en México",
              "UNODC",
              "INTERNATIONAL",
              "INTERNATIONAL",
              null),
          body(
              "inl",
              "Oficina Internacional de Asuntos Antinarcóticos y Procuración de Justicia",
              "INL",
              "INTERNATIONAL",
              "INTERNATIONAL",
              null),
          body(
              "fiscalia-quintana-roo",
              "Fiscalía General del Estado de Quintana Roo",
              "FGE QROO",
              "STATE",
              "STATE",
              "Quintana Roo"),
          body(
              "gobierno-quintana-roo",
              "Gobierno del Estado de Quintana Roo",
              "GOB QROO",
              "STATE",
              "STATE",
              "Quintana Roo"),
          body("bitacora-ops", "Operación de Bitácora", "OPS", "CIVIL_SOCIETY", "FEDERAL", null));

  private NetworkAgencies() {}

  /** Registers every agency at the command-service at {@code baseUrl}, with a dev-key token. */
  public static void registerAt(String baseUrl) {
    registerAt(baseUrl, DevTokens.mint("network-admin", "bitacora-ops", "PLATFORM_ADMIN"));
  }

  /** Registers every agency at the command-service at {@code baseUrl} with {@code adminToken}. */
  public static void registerAt(String baseUrl, String adminToken) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    for (String body : BODIES) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/+$", "") + "/agencies"))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + adminToken)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      try {
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
          throw new IllegalStateException(
              "registering an agency answered " + answer.statusCode() + ": " + answer.body());
        }
      } catch (IOException e) {
        throw new IllegalStateException("could not register an agency at " + baseUrl, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted registering agencies", e);
      }
    }
  }

  private static String body(
      String id, String name, String acronym, String kind, String level, String state) {
    return "{\"agencyId\": \"%s\", \"name\": \"%s\", \"acronym\": \"%s\", \"kind\": \"%s\", \"level\": \"%s\"%s}"
        .formatted(
            id, name, acronym, kind, level, state == null ? "" : ", \"state\": \"" + state + "\"");
  }
}
