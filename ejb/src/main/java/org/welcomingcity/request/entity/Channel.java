package org.welcomingcity.request.entity;


/** How the request reached the department. */
public enum Channel {
    IN_PERSON, PHONE, FAX, EMAIL, MAIL, NCIC_LEADS
}
