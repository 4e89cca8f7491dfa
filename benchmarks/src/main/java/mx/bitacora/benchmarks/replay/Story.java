package mx.bitacora.benchmarks.replay;

import java.util.List;
import mx.bitacora.benchmarks.baseline.EventRow;

/**
 * The whole stored history of one real aggregate (what command-service wrote for it, bytes as
 * stored), to be cloned under fresh ids.
 */
record Story(String kind, List<EventRow> events, String caseReference) {}
