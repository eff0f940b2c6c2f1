/**
 * The workflow's rules: what an intake must hold, who may take which step and with what,
 * who may see which request, deadlines, and asking the engine about every ask.
 */
package org.welcomingcity.review.control;
