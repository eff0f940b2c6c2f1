package org.welcomingcity.web.api;

import java.util.List;

/**
 * A request body the API refuses before any use case runs. The message starts with the field
 * at fault ("body" when it is the whole document), so the caller knows what to correct.
 */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(List<String> complaints) {
        super(String.join("; ", complaints));
    }

    public InvalidRequestException(String field, String problem) {
        this(List.of(field + ": " + problem));
    }
}
