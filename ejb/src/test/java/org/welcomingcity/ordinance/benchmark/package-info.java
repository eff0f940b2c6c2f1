/**
 * JMH benchmarks of the rules engine, run only by the Maven profile {@code benchmark}
 * (results in docs/benchmarks/evaluation.md). Depends on ordinance.control and ordinance.entity.
 */
package org.welcomingcity.ordinance.benchmark;
