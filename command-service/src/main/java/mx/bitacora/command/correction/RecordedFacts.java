package mx.bitacora.command.correction;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.platform.problem.RejectedException;

/**
 * An aggregate's correctable facts by sequence number: each one's kind ({@code K}, the aggregate's
 * fact-kind enum from shared-events), its current values ({@code V}, whatever the aggregate needs
 * to decide a correction) and whether it was voided. Event-sourcing handlers record into it;
 * command handlers ask it for the standing fact a correction or voiding names.
 *
 * @param <K> what kind of fact an event recorded
 * @param <V> what the aggregate remembers of each fact (corrected values replace the recorded ones)
 */
public final class RecordedFacts<K extends Enum<K>, V> {

  /**
   * One correctable fact: how a correction names it, its kind, its current values, voided or not.
   */
  public record Fact<K, V>(CorrectedFact named, K kind, V values, boolean voided) {

    public long sequenceNumber() {
      return named.sequenceNumber();
    }
  }

  private final Map<Long, Fact<K, V>> bySequence = new HashMap<>();

  /**
   * The event at {@code sequence}, identified as {@code eventId}, recorded a fact of {@code kind}.
   */
  public void recorded(long sequence, String eventId, K kind, V values) {
    bySequence.put(sequence, new Fact<>(new CorrectedFact(eventId, sequence), kind, values, false));
  }

  /** As {@link #recorded(long, String, Enum, Object)}, for an aggregate that needs no values. */
  public void recorded(long sequence, String eventId, K kind) {
    recorded(sequence, eventId, kind, null);
  }

  /** The fact {@code original} names now has {@code values}; it keeps its kind. */
  public void corrected(CorrectedFact original, V values) {
    Fact<K, V> fact = recordedAt(original);
    bySequence.put(
        fact.sequenceNumber(), new Fact<>(fact.named(), fact.kind(), values, fact.voided()));
  }

  /** The fact {@code original} names no longer counts; returns it as it was before. */
  public Fact<K, V> voided(CorrectedFact original) {
    Fact<K, V> fact = recordedAt(original);
    bySequence.put(
        fact.sequenceNumber(), new Fact<>(fact.named(), fact.kind(), fact.values(), true));
    return fact;
  }

  /**
   * The fact a correction or voiding names by {@code sequence}: an event of this stream (whose last
   * sequence number is {@code lastSequence}, null before any) of a correctable kind, not voided.
   *
   * @throws RejectedException {@code ORIGINAL_FACT_NOT_FOUND}, {@code FACT_NOT_CORRECTABLE} (an
   *     event of the stream that recorded no correctable fact, such as a correction or voiding) or
   *     {@code FACT_ALREADY_VOIDED}
   */
  public Fact<K, V> standing(long sequence, Long lastSequence) {
    if (sequence < 0 || lastSequence == null || sequence > lastSequence) {
      throw new RejectedException(CorrectionProblem.ORIGINAL_FACT_NOT_FOUND, sequence);
    }
    Fact<K, V> fact = bySequence.get(sequence);
    if (fact == null) {
      throw notCorrectable(sequence);
    }
    if (fact.voided()) {
      throw new RejectedException(CorrectionProblem.FACT_ALREADY_VOIDED, sequence);
    }
    return fact;
  }

  /** The latest fact of {@code kind} that still counts, if any. */
  public Optional<Fact<K, V>> standingOf(K kind) {
    return bySequence.values().stream()
        .filter(fact -> fact.kind() == kind && !fact.voided())
        .max((a, b) -> Long.compare(a.sequenceNumber(), b.sequenceNumber()));
  }

  /** The refusal for a fact that exists but may not be corrected or voided this way. */
  public static RejectedException notCorrectable(long sequence) {
    return new RejectedException(CorrectionProblem.FACT_NOT_CORRECTABLE, sequence);
  }

  private Fact<K, V> recordedAt(CorrectedFact original) {
    Fact<K, V> fact = bySequence.get(original.sequenceNumber());
    if (fact == null) {
      // Only replay reaches here, with an event the command handler accepted: a broken stream.
      throw new IllegalStateException("no correctable fact at " + original.sequenceNumber());
    }
    return fact;
  }
}
