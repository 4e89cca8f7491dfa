-- query-service computes review reports and records each one it issues as a
-- ReviewReportIssuedEvent (the first and only event of a stream of type ReviewReport). Row-level
-- security lets it append that event and no other: these two permissive policies leave every role
-- what its grants give it, and command-service's grants callback adds, for the query role alone, a
-- restrictive policy that admits only such rows. No application role may update or delete an event
-- (no policy and no grant allows it); the tables' owner, who runs Flyway, is not subject to them.
ALTER TABLE event_store.domain_event_entry ENABLE ROW LEVEL SECURITY;

CREATE POLICY events_are_read ON event_store.domain_event_entry FOR SELECT USING (TRUE);

CREATE POLICY events_are_appended ON event_store.domain_event_entry FOR INSERT WITH CHECK (TRUE);
