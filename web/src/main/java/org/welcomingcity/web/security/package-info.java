/**
 * Authentication: form log-on or single sign-on for pages and HTTP Basic for the REST API,
 * checked against the identity store chosen by {@code welcoming.identity.store}, with
 * directory and provider groups mapped to roles by configuration. Depends on the identity
 * and audit boundaries.
 */
package org.welcomingcity.web.security;
