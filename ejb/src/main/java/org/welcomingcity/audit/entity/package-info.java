/**
 * Audit events and what they say (the action, the detail JSON), the head of their hash chain,
 * reviews, and how an event's hash is computed. No dependencies.
 */
package org.welcomingcity.audit.entity;
