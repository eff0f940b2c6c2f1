/**
 * What the instances of a deployment group share through Payara's Data Grid (its Hazelcast
 * member): finding the grid, and taking turns at scheduled work so that it runs once per group.
 * A single server without a grid works alone.
 */
package org.welcomingcity.grid;
