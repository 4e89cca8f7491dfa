package mx.bitacora.query.audittrail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.bitacora.query.readyourwrites.ProcessedPositions;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The highest log position through which the audit trail is complete: every event at or below it
 * has its row, so no row can appear there later and a cursor never skips one. Rows above it may
 * still be joined by lower-positioned ones: segments apply events in parallel, a transaction that
 * commits late fills a lower position after higher ones were applied, and a dead-lettered event
 * (with the later events of its aggregate) is applied when it is retried.
 *
 * <p>Read from what is committed, so it holds across instances: each segment's progress as {@link
 * ProcessedPositions#tokens} gives it, the same a {@code notOlderThan} wait is judged by (its
 * position, less any gap in it that the integrity sealer has not sealed as a position holding no
 * event: a gap may still be filled by a late commit), and the audit-trail dead letters.
 */
@Component
class AuditTrailHorizon {

  private final NamedParameterJdbcTemplate jdbc;
  private final Serializer serializer;
  private final ProcessedPositions positions;

  AuditTrailHorizon(
      NamedParameterJdbcTemplate jdbc, Serializer serializer, ProcessedPositions positions) {
    this.jdbc = jdbc;
    this.serializer = serializer;
    this.positions = positions;
  }

  /** The horizon now; 0 while the projection has applied nothing. */
  long current() {
    MapSqlParameterSource group = new MapSqlParameterSource("group", ProcessingGroups.AUDIT_TRAIL);
    List<TrackingToken> segments =
        positions.tokens(ProcessingGroups.AUDIT_TRAIL).stream()
            .map(token -> token == null ? null : WrappedToken.unwrapLowerBound(token))
            .toList();
    if (segments.isEmpty() || segments.contains(null)) {
      return 0;
    }
    Set<Long> settled = sealedEmpty(segments);
    long horizon = Long.MAX_VALUE;
    for (TrackingToken token : segments) {
      horizon = Math.min(horizon, completeThrough(token, settled));
    }
    for (TrackingToken deadLettered :
        tokens(
            "SELECT token, token_type FROM read_model.dead_letter_entry"
                + " WHERE processing_group = :group AND token IS NOT NULL",
            group)) {
      if (deadLettered != null && deadLettered.position().isPresent()) {
        horizon = Math.min(horizon, deadLettered.position().getAsLong() - 1);
      }
    }
    return Math.max(horizon, 0);
  }

  /** The last position a segment has seen with nothing before it still to come. */
  private static long completeThrough(TrackingToken token, Set<Long> sealedEmpty) {
    if (token instanceof GapAwareTrackingToken gapAware) {
      for (Long gap : gapAware.getGaps()) {
        if (!sealedEmpty.contains(gap)) {
          return gap - 1;
        }
      }
      return gapAware.getIndex();
    }
    return token.position().orElse(0);
  }

  /** Which of the segments' gaps the sealer settled as holding no event (a rolled-back append). */
  private Set<Long> sealedEmpty(List<TrackingToken> segments) {
    List<Long> gaps = new ArrayList<>();
    for (TrackingToken token : segments) {
      if (token instanceof GapAwareTrackingToken gapAware) {
        gaps.addAll(gapAware.getGaps());
      }
    }
    if (gaps.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT position FROM integrity.event_seal"
                + " WHERE event_identifier IS NULL AND position IN (:gaps)",
            Map.of("gaps", gaps),
            Long.class));
  }

  /** The tokens the query finds, each as its lower bound (a replay's position), null if none. */
  private List<TrackingToken> tokens(String sql, MapSqlParameterSource parameters) {
    return jdbc.query(
        sql,
        parameters,
        (rs, n) -> {
          byte[] bytes = rs.getBytes("token");
          if (bytes == null) {
            return null;
          }
          SerializedType type = new SimpleSerializedType(rs.getString("token_type"), null);
          TrackingToken token =
              serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type));
          return WrappedToken.unwrapLowerBound(token);
        });
  }
}
