/** Signing in and out, and the navigation to each role's home page. */
package org.welcomingcity.web.home;
