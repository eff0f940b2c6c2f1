package org.welcomingcity.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One HTTPS request to the test server's own TLS listener, whose certificate is the
 * self-signed one Payara creates with the domain: trusted here, for this loopback probe only.
 */
final class TlsProbe {

    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> name.equalsIgnoreCase(e.getKey()))
                    .map(e -> String.join(", ", e.getValue())).findFirst().orElse(null);
        }

        Set<String> headerNames() {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            headers.keySet().stream().filter(name -> name != null).forEach(names::add);
            return names;
        }
    }

    private TlsProbe() {
    }

    /** Payara's --portbase puts the HTTPS listener on the port after the HTTP one. */
    static URI httpsUrl(String path) {
        URI http = URI.create(Api.baseUrl());
        return URI.create("https://" + http.getHost() + ":" + (http.getPort() + 1) + http.getPath() + path);
    }

    static Answer get(URI address) throws IOException, GeneralSecurityException {
        return send(address, null, Map.of());
    }

    static Answer get(URI address, Map<String, String> headers) throws IOException, GeneralSecurityException {
        return send(address, null, headers);
    }

    /** Posts a form, as a browser on the same site would. */
    static Answer postForm(URI address, String form) throws IOException, GeneralSecurityException {
        return send(address, form, Map.of());
    }

    private static Answer send(URI address, String form, Map<String, String> headers)
            throws IOException, GeneralSecurityException {
        URL url = address.toURL();
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        connection.setSSLSocketFactory(trustingContext().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> "localhost".equals(host));
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        connection.setInstanceFollowRedirects(false);
        headers.forEach(connection::setRequestProperty);
        try {
            if (form != null) {
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                connection.setRequestProperty("Sec-Fetch-Site", "same-origin");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(form.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            String text = "";
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new Answer(status, connection.getHeaderFields(), text);
        } finally {
            connection.disconnect();
        }
    }

    private static SSLContext trustingContext() throws GeneralSecurityException {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }
}
