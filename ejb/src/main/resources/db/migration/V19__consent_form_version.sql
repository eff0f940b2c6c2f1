-- The version of the city's consent form that the person signed, beside the form's language
-- (consent_language, now the form language's tag: en, es, pl, zh, hi, ar). Expand only.
ALTER TABLE federal_request ADD COLUMN consent_form_version VARCHAR(16);
