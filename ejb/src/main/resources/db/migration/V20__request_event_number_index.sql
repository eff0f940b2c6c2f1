-- A request's page and API answer list the other requests logged under the same event number:
-- without this index, each view of one request read through every request.
CREATE INDEX federal_request_event_number ON federal_request (event_number, id);
