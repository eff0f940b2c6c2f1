/**
 * Authentication: form log-on or single sign-on for pages and HTTP Basic for the REST API,
 * checked against the identity store chosen by {@code welcoming.identity.store}, with
 * directory and provider groups mapped to roles by configuration and their people recorded as
 * accounts at log-on. Depends on the identity and audit boundaries, and on the web guard for
 * the security headers of the answers it gives itself.
 */
package org.welcomingcity.web.security;
