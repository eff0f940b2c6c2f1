/**
 * The health answers for load balancers and operations staff ({@code /welcoming/health/ready} and
 * {@code /welcoming/health/live}), served by the application so that they carry its security headers.
 */
package org.welcomingcity.web.operations;
