/** How the deployment runs: health checks for operations staff and load balancers, the city's time zone, the injected clock, and failing fast while the database is away. */
package org.welcomingcity.operations;
