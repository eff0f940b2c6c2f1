/** How the deployment runs: health checks for operations staff and load balancers, and the city's time zone. */
package org.welcomingcity.operations;
