/**
 * The rules engine as a service of the application: packs loaded and validated at start-up,
 * effective dates from MicroProfile Config, and the OpenAPI schemas of its values as the REST
 * API shows them. Depends on ordinance.control and ordinance.entity.
 */
package org.welcomingcity.ordinance.boundary;
