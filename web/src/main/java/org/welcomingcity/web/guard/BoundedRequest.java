package org.welcomingcity.web.guard;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.ws.rs.WebApplicationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.welcomingcity.web.api.Problem;

/**
 * A request whose body ends at the limit: a reader that goes one byte past it gets a 413 answer
 * (a JAX-RS one, as the API reads bodies through JAX-RS) instead of more bytes. For bodies that
 * announce no length, chunked ones.
 */
final class BoundedRequest extends HttpServletRequestWrapper {

    /** 413 has no constant in every JAX-RS version we meet. */
    static final int TOO_LARGE = 413;

    private final BodyLimitFilter.Limit limit;
    private ServletInputStream bounded;

    BoundedRequest(HttpServletRequest request, BodyLimitFilter.Limit limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (bounded == null) {
            bounded = new Bounded(super.getInputStream());
        }
        return bounded;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private final class Bounded extends ServletInputStream {

        private final ServletInputStream body;
        private long read;

        Bounded(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            count(next < 0 ? 0 : 1);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, (int) Math.min(length, limit.bytes() - read + 1));
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit.bytes()) {
                throw new WebApplicationException(Problem.response(TOO_LARGE, limit.cutOff()));
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
