package org.welcomingcity.request.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The callers already looked up during the current request: a page calls the request use cases
 * several times (a queue's count, its page, a second queue), and each call would otherwise ask
 * the database for the same account's unit and the server for the same roles again. Nothing
 * outlives the request, so an account changed meanwhile is seen by the next one.
 */
@RequestScoped
public class CallersOfRequest {

    private final Map<String, Caller> byUsername = new HashMap<>();

    Caller get(String username, Function<String, Caller> lookUp) {
        return byUsername.computeIfAbsent(username, lookUp);
    }
}
