/**
 * Welcoming City: the domain and its boundaries, one package per feature
 * (identity, ordinance, request, review, audit, report, letters, personforms and more), each split into
 * boundary, control and entity; {@code pdf} and {@code problem} are shared by the features.
 */
package org.welcomingcity;
