package mx.bitacora.query.commission;

import static mx.bitacora.query.testing.NetworkFacts.byAdmin;
import static mx.bitacora.query.testing.NetworkFacts.registered;

import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.testing.NetworkEventLog;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the overview's API tests share: a commission auditor and a compliance reviewer reading it,
 * and the agencies of their networks, two in Quintana Roo, one in Yucatán, and SEGOB, federal,
 * without a state.
 */
abstract class OverviewNetwork extends QueryServiceTest {

  static final AgencyId DIF_BJ = new AgencyId("dif-benito-juarez");
  static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  static final AgencyId DIF_MERIDA = new AgencyId("dif-merida");
  static final AgencyId SEGOB = new AgencyId("segob");

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  QueryApi api;
  final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  final String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");

  /** The event log, with the four agencies' registrations recorded. */
  NetworkEventLog registerTheAgencies() {
    api = new QueryApi(port);
    NetworkEventLog log = new NetworkEventLog(eventStore);
    log.append(
        registered(DIF_BJ, "DIF Benito Juárez", "DIF BJ", AgencyLevel.MUNICIPAL, "Quintana Roo"),
        byAdmin());
    log.append(
        registered(FISCALIA, "Fiscalía de Quintana Roo", "FGE", AgencyLevel.STATE, "Quintana Roo"),
        byAdmin());
    log.append(
        registered(DIF_MERIDA, "DIF Mérida", "DIF MID", AgencyLevel.MUNICIPAL, "Yucatán"),
        byAdmin());
    log.append(registered(SEGOB, "SEGOB", "SEGOB", AgencyLevel.FEDERAL, null), byAdmin());
    return log;
  }

  Answer overview(String query, String token) {
    return api.get("/commission/overview" + query, token);
  }
}
