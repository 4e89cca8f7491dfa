-- Agency staff see an access-log entry through the cases of theirs it reached (entry -> 'cases',
-- each with its owning agencies), never through another agency's case in the same entry.
CREATE INDEX access_log_cases_owned_idx ON integrity.access_log USING gin ((entry -> 'cases'));
