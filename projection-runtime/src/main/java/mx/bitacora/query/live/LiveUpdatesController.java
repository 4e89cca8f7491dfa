package mx.bitacora.query.live;

import io.swagger.v3.oas.annotations.Operation;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent-event streams that announce changes to the views as they are projected, each scoped
 * by the same visibility as the views: staff hear of their own agency's deliveries and referrals
 * (also per shelter: only of a shelter their agency operates; any other is not found), the
 * commission and compliance reviewers of every one. Each event names the view and the object's id;
 * the client reads the object through the view itself.
 */
@RestController
@FedBy({}) // a stream announces changes as they commit; it has no position to wait for
class LiveUpdatesController {

  private final LiveStreams streams;
  private final ShelterVisibility shelters;

  LiveUpdatesController(LiveStreams streams, ShelterVisibility shelters) {
    this.streams = streams;
    this.shelters = shelters;
  }

  @GetMapping(path = "/live/my-agency", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @PreAuthorize("hasRole('AGENCY_STAFF')")
  @Operation(
      summary = "Stream notices of changes concerning the caller's agency (server-sent events)")
  public SseEmitter myAgency(Actor actor) {
    String agency = actor.agency().value();
    return streams.open("my-agency", change -> change.agencies().contains(agency));
  }

  @GetMapping(path = "/live/shelters/{shelterId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @PreAuthorize("hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER')")
  @Operation(summary = "Stream notices of changes concerning one shelter (server-sent events)")
  @Problem(
      status = 404,
      codes = {"SHELTER_NOT_FOUND"})
  public SseEmitter shelter(@PathVariable ShelterId shelterId, Actor actor) {
    // Another agency's shelter answers as an unknown one (404), never with an empty stream that
    // would tell it exists.
    shelters.ensureVisible(shelterId, actor);
    String shelter = shelterId.value();
    if (actor.seesAllAgencies()) {
      return streams.open("shelter", change -> shelter.equals(change.shelter()));
    }
    String agency = actor.agency().value();
    return streams.open(
        "shelter",
        change -> shelter.equals(change.shelter()) && change.agencies().contains(agency));
  }

  @GetMapping(path = "/live/commission", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @PreAuthorize("hasAnyRole('COMMISSION_AUDITOR','COMPLIANCE_REVIEWER')")
  @Operation(summary = "Stream notices of every change, for the commission (server-sent events)")
  public SseEmitter commission() {
    return streams.open("commission", change -> true);
  }
}
