/**
 * End-to-end tests against the real EAR deployed by Arquillian on a managed Payara Server:
 * REST calls, in-container EJB calls and Chromium driven by Selenium.
 */
package org.welcomingcity.system;
