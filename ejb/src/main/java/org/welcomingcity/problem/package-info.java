/**
 * The small hierarchy of business exceptions every use case throws; the web tier turns
 * them into HTTP statuses and page messages. Depends on nothing else in the application.
 */
package org.welcomingcity.problem;
