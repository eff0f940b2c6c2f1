/**
 * Welcoming City: the domain and its boundaries, one package per feature
 * (identity, ordinance, request, review, audit, report), each split into boundary, control and entity.
 */
package org.welcomingcity;
