package org.welcomingcity.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client for the deployed application, signed in as one account with HTTP Basic. */
final class Api {

    static final String DEMO_PASSWORD = System.getProperty("welcoming.demo.password");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    static Api as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    static Api as(String username, String password) {
        String pair = username + ":" + password;
        return new Api("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    static Api anonymous() {
        return new Api(null);
    }

    static String baseUrl() {
        return System.getProperty("welcoming.url");
    }

    HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "application/json").GET());
    }

    HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return post(path, "application/json", json);
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST whose body says nothing of its type (no Content-Type), as careless clients send. */
    HttpResponse<String> postUntyped(String path, String body) {
        return send(request(path).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Any method with any body, of any type or of none (null), as a fuzzer sends; over HTTP/1.1,
     * since the server's HTTP/2 layer stalls a connection on which it answered before reading a
     * body over 64 KB (see docs/benchmarks/fuzz.md).
     */
    HttpResponse<String> send(String method, String path, String accept, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).version(HttpClient.Version.HTTP_1_1).header("Accept", accept);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<byte[]> download(String path) {
        return download(request(path));
    }

    HttpResponse<byte[]> download(String path, String accept) {
        return download(request(path).header("Accept", accept));
    }

    private static HttpResponse<byte[]> download(HttpRequest.Builder builder) {
        try {
            return HTTP.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST without a body, as for the actions on an account. */
    HttpResponse<String> post(String path) {
        return send(request(path).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray jsonArray(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
