/**
 * Protections every request and answer gets, whichever page or endpoint serves it: security
 * headers, an allowance of requests from one address before log-on, refusal of state-changing
 * requests from other sites, pages for anonymous visitors that keep no state (no session before
 * log-on), a ceiling on the sessions one server keeps, and the idle and absolute limits of a
 * signed-in session. Depends on the audit boundary, on the health answers' addresses (never
 * held by the allowance), and on OmniFaces for redirects.
 */
package org.welcomingcity.web.guard;
