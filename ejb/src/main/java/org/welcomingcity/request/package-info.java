/** The disclosure workflow: intake, supervisor review, legal sign-off, release or refusal, closing. */
package org.welcomingcity.request;
