/** What a letter says, as plain values independent of the workflow's entities. Depends on nothing else in the application. */
package org.welcomingcity.letters.entity;
