package org.campaignbot.channel.web;

import org.campaignbot.channel.inbound.BodyLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.campaignbot.common.ErrorBody;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /api/chat} takes UTF-8 JSON of at most 64 KB, and anything else is refused here, before Spring or
 * Tomcat look at the body. A form-encoded or untyped body used to reach Tomcat's parameter parsing, where invalid
 * bytes became a 500; a wildcard Content-Type failed inside Spring's header handling. A body without a length
 * (chunked) is cut off at the cap while it is read, so no request can make the service hold more than that.
 */
@Component
class JsonBodyFilter extends OncePerRequestFilter {
    static final int MAX_BODY = BodyLimit.MAX_BYTES;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/api/chat".equals(request.getRequestURI()) || !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!utf8Json(request.getContentType())) {
            ErrorBody.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "请以 application/json（UTF-8）提交，请求体为 JSON 对象，问题放在 text 字段");
        } else if (request.getContentLengthLong() > MAX_BODY) {
            ErrorBody.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "请求体超过 64 KB，已拒绝");
        } else {
            chain.doFilter(new Capped(request), response);
        }
    }

    static boolean utf8Json(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application") && type.getSubtype().equals("json")
                    && (type.getCharset() == null || type.getCharset().equals(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) { // InvalidMediaTypeException, and unknown charset names
            return false;
        }
    }

    /** The request with a body that fails to read past {@link #MAX_BODY}, which the JSON reader reports as a 400. */
    private static final class Capped extends HttpServletRequestWrapper {
        private ServletInputStream capped;

        Capped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                ServletInputStream in = super.getInputStream();
                capped = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > MAX_BODY) {
                            throw new IOException("request body over " + MAX_BODY + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return capped;
        }
    }
}
