/** Checking a file's name, size and content before it is attached, with the size limit from MicroProfile Config. Depends on documents.entity and problem. */
package org.welcomingcity.documents.control;
