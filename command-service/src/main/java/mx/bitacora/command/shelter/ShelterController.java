package mx.bitacora.command.shelter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.openapi.SuccessStatus;
import mx.bitacora.platform.security.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Records shelters. Staff act for the agency named in their token. */
@RestController
@RequestMapping("/shelters")
@PreAuthorize("hasRole('AGENCY_STAFF')")
@Tag(name = "Shelters", description = "Albergues, refugios, casas de medio camino and CATs")
@Problem(
    status = 403,
    codes = {"ACTING_AGENCY_NOT_ACTIVE", "NOT_THE_OPERATING_AGENCY"})
@Problem(
    status = 404,
    codes = {"SHELTER_NOT_FOUND", "SHELTER_LOCATION_NOT_RECORDED"})
@Problem(
    status = 409,
    codes = {
      "SHELTER_ALREADY_RECORDED",
      "CAPACITY_UNCHANGED",
      "NON_POSITIVE_CAPACITY",
      "SHELTER_CLOSED",
      "CONCURRENT_UPDATE"
    })
@Problem(
    status = 422,
    codes = {"AGENCY_NOT_ACTIVE"})
@Problem(
    status = 503,
    codes = {"ACCESS_NOT_RECORDED"})
class ShelterController {

  private static final Subject SUBJECT =
      new Subject(ShelterProblem.SHELTER_NOT_FOUND, ShelterProblem.SHELTER_ALREADY_RECORDED);

  private final CommandSender commands;
  private final ShelterLocationCipher locationCipher;
  private final ShelterLocationLookup locations;

  ShelterController(
      CommandSender commands,
      ShelterLocationCipher locationCipher,
      ShelterLocationLookup locations) {
    this.commands = commands;
    this.locationCipher = locationCipher;
    this.locations = locations;
  }

  @PostMapping
  @SuccessStatus(201)
  @PreAuthorize("hasAnyRole('AGENCY_STAFF', 'PLATFORM_ADMIN')")
  @Operation(summary = "Register a shelter (staff of its operating agency, or a platform admin)")
  ResponseEntity<ShelterRequests.Accepted> register(
      @Valid @RequestBody ShelterRequests.RegisterShelter body, Actor actor) {
    // Before the id's existence is looked up, so the answer does not tell whether it is taken.
    ShelterRegistrars.ensureMayRegisterFor(actor.roles(), actor.agency(), body.operatingAgency());
    String location = body.givenLocation();
    commands.create(
        new RegisterShelterCommand(
            body.shelterId(),
            actor.agency(),
            actor.roles(),
            body.name(),
            body.kind(),
            body.operatingAgency(),
            body.municipality(),
            body.state(),
            body.capacity(),
            body.servesMinors(),
            locationCipher.seal(body.shelterId(), location),
            locationCipher.digest(body.shelterId(), location)),
        SUBJECT,
        body.shelterId());
    return ResponseEntity.created(URI.create("/shelters/" + body.shelterId()))
        .body(new ShelterRequests.Accepted(body.shelterId()));
  }

  // Roles are checked by ShelterLocationLookup, not by method security, so that every refused
  // attempt is recorded in the access log like every read.
  @GetMapping("/{shelterId}/location")
  @PreAuthorize("isAuthenticated()")
  @Operation(
      summary =
          "Read the shelter's location (staff of its operating agency, or a commission auditor);"
              + " recorded in the access log")
  ResponseEntity<ShelterRequests.Location> location(
      @PathVariable ShelterId shelterId, Actor actor) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(new ShelterRequests.Location(shelterId, locations.locationOf(shelterId, actor)));
  }

  @PostMapping("/{shelterId}/capacity")
  @Operation(summary = "Change the shelter's capacity")
  ShelterRequests.Accepted changeCapacity(
      @PathVariable ShelterId shelterId,
      @Valid @RequestBody ShelterRequests.ChangeCapacity body,
      Actor actor) {
    commands.update(
        new ChangeShelterCapacityCommand(shelterId, actor.agency(), body.capacity()),
        SUBJECT,
        shelterId);
    return new ShelterRequests.Accepted(shelterId);
  }

  @PostMapping("/{shelterId}/close")
  @Operation(summary = "Record that the shelter closed, with the date and reason")
  ShelterRequests.Accepted close(
      @PathVariable ShelterId shelterId,
      @Valid @RequestBody ShelterRequests.Close body,
      Actor actor) {
    commands.update(
        new CloseShelterCommand(shelterId, actor.agency(), body.closedOn(), body.reason()),
        SUBJECT,
        shelterId);
    return new ShelterRequests.Accepted(shelterId);
  }
}
