/**
 * Authentication: form log-on for pages and HTTP Basic for the REST API, both checked
 * against the configured identity store. Depends on the identity boundary.
 */
package org.welcomingcity.web.security;
