/**
 * The workflow's rules: what an intake must hold, what each step needs, deadlines, and asking
 * the engine about every ask. Who may see a request and who may do what with it is decided in
 * one place, {@link org.welcomingcity.request.control.RequestAccess}.
 */
package org.welcomingcity.review.control;
