package mx.bitacora.query;

/** The packages of each module query-service runs, as the boundary tests name them. */
final class QueryModules {

  static final String[] RUNTIME = {
    "mx.bitacora.query.tracking..",
    "mx.bitacora.query.readyourwrites..",
    "mx.bitacora.query.rebuild..",
    "mx.bitacora.query.timetravel..",
    "mx.bitacora.query.live..",
    "mx.bitacora.query.notifications..",
    "mx.bitacora.query.history..",
    "mx.bitacora.query.storabletext..",
    "mx.bitacora.query.deadletters..",
    "mx.bitacora.query.rows.."
  };

  static final String[] INTEGRITY = {
    "mx.bitacora.query.integrity..",
    "mx.bitacora.query.accesslog..",
    "mx.bitacora.query.breakglass.."
  };

  static final String[] VIEWS = {
    "mx.bitacora.query.audittrail..",
    "mx.bitacora.query.commission..",
    "mx.bitacora.query.inbox..",
    "mx.bitacora.query.commitments..",
    "mx.bitacora.query.reviews..",
    "mx.bitacora.query.reviewreports..",
    "mx.bitacora.query.exports..",
    "mx.bitacora.query.myagency..",
    "mx.bitacora.query.projects..",
    "mx.bitacora.query.referrals..",
    "mx.bitacora.query.shelterdeliveries..",
    "mx.bitacora.query.shelters..",
    "mx.bitacora.query.smallcounts..",
    "mx.bitacora.query.trainingsessions.."
  };

  private QueryModules() {}
}
