/**
 * A federal request and its workflow: the state machine ({@link org.welcomingcity.review.entity.WorkflowStep}),
 * the engine's decisions per ask and round, the timeline, disclosures and scanned documents.
 */
package org.welcomingcity.request.entity;
