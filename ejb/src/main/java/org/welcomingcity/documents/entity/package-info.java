/** The accepted scan formats and the checked description of a document, as plain values. Depends on nothing else in the application. */
package org.welcomingcity.documents.entity;
