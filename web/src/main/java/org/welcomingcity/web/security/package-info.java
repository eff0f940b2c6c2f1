/**
 * Authentication: form log-on for pages and HTTP Basic for the REST API, both checked
 * against the configured identity store. Depends on the identity boundary and on the web
 * guard for the security headers of the answers it gives itself.
 */
package org.welcomingcity.web.security;
