package mx.bitacora.query.deadletters;

/** What a retry of a processing group's dead letters did: how many it applied, how many remain. */
public record RetryOutcome(String processingGroup, int applied, long stillPending) {}
