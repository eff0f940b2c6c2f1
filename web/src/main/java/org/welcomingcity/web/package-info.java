/** The web tier: Faces pages per role, the REST API and authentication. Calls the EJB boundaries only. */
package org.welcomingcity.web;
