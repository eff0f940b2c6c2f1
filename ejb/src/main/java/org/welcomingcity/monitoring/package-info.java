/**
 * The application's own figures for the city's monitoring, in MicroProfile Metrics (Prometheus
 * format at the server's metrics endpoint): requests by state, requests past their deadline,
 * audit events appended and refused log-ons. Which endpoint serves them, and to whom, is the
 * domain's setting (docs/operations.md).
 */
package org.welcomingcity.monitoring;
