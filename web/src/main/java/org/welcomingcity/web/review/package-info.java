/** The disclosure workflow's REST API and pages: intake, queues, review, sign-off, letters. */
package org.welcomingcity.web.review;
