package org.welcomingcity.request.entity;


/**
 * How the officer made sure the agent is who they say. A call back goes to a number the
 * officer found independently, never to the number printed on the request.
 */
public enum IdentityCheck {
    CALLBACK_INDEPENDENT_NUMBER, CREDENTIALS_INSPECTED_IN_PERSON, NOT_VERIFIED
}
