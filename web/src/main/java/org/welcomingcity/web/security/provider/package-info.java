/**
 * Single sign-on with the city's OpenID Connect provider: the authorization-code flow with
 * state, nonce and PKCE, and the ID token checked against the provider's published keys.
 * Uses only the JDK's HTTP client and JSON-P. Depends on the security package and the audit boundary.
 */
package org.welcomingcity.web.security.provider;
