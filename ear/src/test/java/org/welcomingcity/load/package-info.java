/**
 * The load run of the evaluation endpoint against the deployed EAR, compared with the trivial
 * authenticated ping in the same run. Only the Maven profile {@code load} runs it; it sends
 * a bounded number of requests to this machine only and stops by itself.
 */
package org.welcomingcity.load;
