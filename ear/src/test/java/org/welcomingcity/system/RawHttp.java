package org.welcomingcity.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 exchange over a socket of the test's own, for what an HTTP client library will not
 * do: connect from a chosen local address (127.0.0.2 is another machine to the server), send only
 * the head of a request whose body is announced, or send a body in chunks past a limit.
 */
final class RawHttp {

    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(", ", values);
        }

        List<String> all(String name) {
            return headers.getOrDefault(name, List.of());
        }
    }

    private RawHttp() {
    }

    /** The request line and header lines (without the final empty line), and what follows them, if anything. */
    static Answer exchange(String localAddress, String method, String path, List<String> headers, byte[]... bodyParts)
            throws IOException {
        URI server = URI.create(Api.baseUrl());
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + server.getPath() + path + " HTTP/1.1\r\n")
                    .append("Host: localhost:").append(server.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach(line -> head.append(line).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (byte[] part : bodyParts) {
                    out.write(part);
                }
                out.flush();
            } catch (IOException answeredBeforeTheEnd) {
                // the server may answer and close before it has taken the whole body: read its answer
            }
            return read(socket.getInputStream());
        }
    }

    /** A chunk of a chunked body; {@code chunk(new byte[0])} ends the body. */
    static byte[] chunk(byte[] data) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        chunk.writeBytes(data);
        chunk.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return chunk.toByteArray();
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        if (status == 100) {
            return read(in);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> length = headers.get("Content-Length");
        if (headers.containsKey("Transfer-Encoding")) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.writeBytes(in.readNBytes(size));
                line(in);
            }
        } else if (length != null) {
            body.writeBytes(in.readNBytes(Integer.parseInt(length.get(0))));
        } else {
            body.writeBytes(in.readAllBytes());
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The server closed the connection mid-answer: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
