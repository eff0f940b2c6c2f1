/**
 * The language of the pages: English or Spanish, chosen on a switch every page shows and
 * remembered in a cookie, else taken from the browser's Accept-Language. Keeps no session, so the
 * log-on page stays stateless. Depends on Faces, the servlet API and the guard package only.
 */
package org.welcomingcity.web.language;
