/**
 * Scanned documents attached to a request: what a file really is, judged from its content,
 * and whether the application accepts it. Depends only on org.welcomingcity.problem.
 */
package org.welcomingcity.documents;
