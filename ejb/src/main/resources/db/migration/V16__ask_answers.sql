-- Each ask of a request keeps its own answer (OPEN, PERMITTED, DECLINED, WITH_LEGAL, APPROVED,
-- REFUSED), so a lawful part of a request is not refused with the rest, nor the rest let
-- through with it. Runs unchanged on H2 and PostgreSQL.
CREATE TABLE request_answer (
    request_id BIGINT      NOT NULL,
    action     VARCHAR(48) NOT NULL,
    answer     VARCHAR(16) NOT NULL,
    CONSTRAINT request_answer_pk PRIMARY KEY (request_id, action),
    CONSTRAINT request_answer_request_fk FOREIGN KEY (request_id) REFERENCES federal_request (id)
);
CREATE INDEX request_answer_action ON request_answer (action, answer);

-- Requests decided before: one answer held for all their asks, taken from the steps they went
-- through (a request is permitted, declined or escalated at most once, and approved or refused
-- at most once, since only a return leads back and it comes before any of these).
INSERT INTO request_answer (request_id, action, answer)
SELECT a.request_id, a.action,
       CASE
           WHEN EXISTS (SELECT 1 FROM request_step s WHERE s.request_id = a.request_id AND s.step = 'REFUSE') THEN 'REFUSED'
           WHEN EXISTS (SELECT 1 FROM request_step s WHERE s.request_id = a.request_id AND s.step = 'APPROVE') THEN 'APPROVED'
           WHEN EXISTS (SELECT 1 FROM request_step s WHERE s.request_id = a.request_id AND s.step = 'ESCALATE') THEN 'WITH_LEGAL'
           WHEN EXISTS (SELECT 1 FROM request_step s WHERE s.request_id = a.request_id AND s.step = 'PERMIT') THEN 'PERMITTED'
           WHEN EXISTS (SELECT 1 FROM request_step s WHERE s.request_id = a.request_id AND s.step = 'DECLINE') THEN 'DECLINED'
           ELSE 'OPEN'
       END
FROM request_ask a;
