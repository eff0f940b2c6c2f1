-- The version of the city's consent form that the person signed, beside the form's language
-- (consent_language: the language's tag, en, es, pl, zh, hi or ar, for consents recorded with a
-- version). Expand only.
ALTER TABLE federal_request ADD COLUMN consent_form_version VARCHAR(16);
