/** What operations staff and load balancers ask of a running server: health checks. */
package org.welcomingcity.operations;
