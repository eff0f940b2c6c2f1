/**
 * The database schema: applies the versioned Flyway migrations once, when the application starts.
 * Depends on the application's data source only.
 */
package org.welcomingcity.schema;
