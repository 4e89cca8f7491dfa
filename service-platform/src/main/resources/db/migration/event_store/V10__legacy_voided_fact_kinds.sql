-- Voidings stored in revision 1 (DeliveryFactVoidedEvent, TrainingFactVoidedEvent,
-- ReferralStepVoidedEvent) name their original by sequence number alone; revision 2 also says what
-- kind of fact it was (originalKind). An upcaster sees one event and not the store, so this works
-- the kinds out once, from the log, for VoidingWithoutKindUpcaster (via LegacyVoidedFactKinds).
-- The events themselves are not touched. From this version on every voiding is stored with its
-- kind, so the table is complete and never changes. An original of any other type leaves the kind
-- NULL and fails this migration: such a voiding was never accepted, so the log would be broken.
-- Safe to run again (tests do, after storing old-shape events).

CREATE TABLE IF NOT EXISTS event_store.legacy_voided_fact_kind (
    voiding_event_identifier VARCHAR(255) NOT NULL,
    original_kind            VARCHAR(32)  NOT NULL,
    CONSTRAINT legacy_voided_fact_kind_pk PRIMARY KEY (voiding_event_identifier)
);

INSERT INTO event_store.legacy_voided_fact_kind (voiding_event_identifier, original_kind)
SELECT voiding.event_identifier,
       CASE original.payload_type
           WHEN 'mx.bitacora.events.delivery.DeliveryDispatchedEvent' THEN 'DISPATCH'
           WHEN 'mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent' THEN 'RECEIPT'
           WHEN 'mx.bitacora.events.training.AttendanceRecordedEvent' THEN 'ATTENDANCE'
           WHEN 'mx.bitacora.events.training.TrainingCompletedEvent' THEN 'COMPLETION'
           WHEN 'mx.bitacora.events.referral.ReferralAcceptedEvent' THEN 'ACCEPTANCE'
           WHEN 'mx.bitacora.events.referral.ReferralDeclinedEvent' THEN 'DECLINE'
           WHEN 'mx.bitacora.events.referral.ReferralWithdrawnEvent' THEN 'WITHDRAWAL'
       END
FROM event_store.domain_event_entry voiding
JOIN event_store.domain_event_entry original
  ON original.aggregate_identifier = voiding.aggregate_identifier
 AND original.sequence_number =
     (convert_from(voiding.payload, 'UTF8')::jsonb #>> '{original,sequenceNumber}')::BIGINT
WHERE voiding.payload_revision = '1'
  AND voiding.payload_type IN ('mx.bitacora.events.delivery.DeliveryFactVoidedEvent',
                               'mx.bitacora.events.training.TrainingFactVoidedEvent',
                               'mx.bitacora.events.referral.ReferralStepVoidedEvent')
ON CONFLICT (voiding_event_identifier) DO NOTHING;
