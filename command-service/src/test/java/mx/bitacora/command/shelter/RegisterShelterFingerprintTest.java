package mx.bitacora.command.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.platform.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint view's JSON is what the digests stored in events' metadata were taken of: it must
 * not change, or a retried registration would no longer be recognised.
 */
class RegisterShelterFingerprintTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  @Test
  void theViewStandsForTheLocationByWhetherItWasGivenAndItsDigest() throws Exception {
    assertThat(
            viewOf(
                new ShelterId("refugio-sureste"),
                "Refugio Sureste",
                ShelterKind.REFUGIO,
                12,
                false,
                new EncryptedLocation("c2VsbGFkbw=="),
                "ZGlnZXN0"))
        .isEqualTo(
            "{\"shelterId\":\"refugio-sureste\",\"actingAgency\":\"dif-benito-juarez\",\"actorRoles\":[\"AGENCY_STAFF\"],\"name\":\"Refugio Sureste\",\"kind\":\"REFUGIO\",\"operatingAgency\":\"dif-benito-juarez\",\"municipality\":\"Benito Juárez\",\"state\":\"Quintana Roo\",\"capacity\":12,\"servesMinors\":false,\"hasLocation\":true,\"locationDigest\":\"ZGlnZXN0\"}");
  }

  @Test
  void theViewOfARegistrationWithoutLocationOmitsTheDigest() throws Exception {
    assertThat(
            viewOf(
                new ShelterId("cat-cancun"), "CAT Cancún", ShelterKind.CAT, 30, true, null, null))
        .isEqualTo(
            "{\"shelterId\":\"cat-cancun\",\"actingAgency\":\"dif-benito-juarez\",\"actorRoles\":[\"AGENCY_STAFF\"],\"name\":\"CAT Cancún\",\"kind\":\"CAT\",\"operatingAgency\":\"dif-benito-juarez\",\"municipality\":\"Benito Juárez\",\"state\":\"Quintana Roo\",\"capacity\":30,\"servesMinors\":true,\"hasLocation\":false}");
  }

  private static String viewOf(
      ShelterId shelter,
      String name,
      ShelterKind kind,
      int capacity,
      boolean servesMinors,
      EncryptedLocation location,
      String digest)
      throws Exception {
    AgencyId dif = new AgencyId("dif-benito-juarez");
    return JSON.writeValueAsString(
        new RegisterShelterCommand(
                shelter,
                dif,
                Set.of(Role.AGENCY_STAFF),
                name,
                kind,
                dif,
                "Benito Juárez",
                "Quintana Roo",
                capacity,
                servesMinors,
                location,
                digest)
            .fingerprintView());
  }
}
