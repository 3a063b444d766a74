package org.matinf.core.materialsproject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.matinf.core.progress.ProgressListener;

/**
 * A client for the summary search of the Materials Project REST API ({@code GET
 * <endpoint>/materials/summary/} with the query parameters of {@link MpQuery#parameters()} plus
 * {@code _limit}/{@code _skip} pages; the key in the {@code X-API-KEY} header; answers
 * {@code {"data": [...], "meta": {"total_doc": n, ...}}}).
 *
 * <p>Every request has a connect timeout and a request timeout (covering the whole answer). 429 and
 * 5xx answers and connections broken mid-answer are retried as {@link RetryPolicy} says; every other
 * failure is an {@link MpException} with a message a user can act on. The key is never part of a URL
 * or a message, and redirects are not followed (a 3xx answer is an error naming its target), so the key
 * is only ever sent to the endpoint's host.
 */
public final class MpClient {
    /** The public API. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://api.materialsproject.org/");
    /** The summary endpoint, relative to the API's root. */
    public static final String SUMMARY = "materials/summary/";
    /** Characters of a bad answer quoted in messages. */
    private static final int QUOTED = 60;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Waits between retries (replaceable in tests). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final URI endpoint;
    private final MpApiKey key;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RetryPolicy retry;
    private final int pageSize;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient http;

    private MpClient(Builder b) {
        endpoint = b.endpoint;
        key = b.key;
        connectTimeout = b.connectTimeout;
        requestTimeout = b.requestTimeout;
        retry = b.retry;
        pageSize = b.pageSize;
        sleeper = b.sleeper;
        clock = b.clock;
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A builder for a client using {@code key}. */
    public static Builder builder(MpApiKey key) {
        return new Builder(key);
    }

    /** The API's root. */
    public URI endpoint() {
        return endpoint;
    }

    /** The key this client sends (for matching cache entries to an endpoint; never shown). */
    MpApiKey key() {
        return key;
    }

    /** The URL of one page of a query (no key in it). */
    URI pageUri(MpQuery query, int skip, int limit) {
        StringBuilder sb = new StringBuilder(endpoint.resolve(SUMMARY).toString()).append('?');
        for (Map.Entry<String, String> e : query.parameters().entrySet()) {
            sb.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).append('&');
        }
        sb.append("_limit=").append(limit).append("&_skip=").append(skip);
        return URI.create(sb.toString());
    }

    /**
     * Every document of the query up to its limit, page by page.
     *
     * @throws MpException when the server cannot be reached, refuses the key or the query, fails
     *     after every retry, or answers something that is not the API's JSON
     */
    public MpAnswer summary(MpQuery query, ProgressListener progress) {
        List<JsonNode> docs = new ArrayList<>();
        long total = -1;
        int skip = 0;
        while (docs.size() < query.limit()) {
            int n = Math.min(pageSize, query.limit() - docs.size());
            progress.progress(docs.size(), total < 0 ? query.limit() : Math.min(total, query.limit()),
                    "Materials Project: asking for materials " + (skip + 1) + "-" + (skip + n));
            JsonNode root = get(pageUri(query, skip, n), progress);
            JsonNode data = root.get("data");
            if (data == null || !data.isArray()) {
                throw new MpException(MpException.Kind.BAD_ANSWER, "the server's answer has no \"data\" list (first bytes: "
                        + quote(root.toString()) + ")");
            }
            JsonNode meta = root.path("meta").path("total_doc");
            if (meta.isNumber()) {
                total = meta.asLong();
            }
            int got = Math.min(data.size(), n);
            for (int i = 0; i < got; i++) {
                docs.add(data.get(i));
            }
            skip += got;
            if (got < n || total >= 0 && skip >= total) {
                break;
            }
        }
        return new MpAnswer(docs, total);
    }

    /** One GET with retries; the parsed JSON of a 200 answer. */
    private JsonNode get(URI uri, ProgressListener progress) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("X-API-KEY", key.headerValue())
                .header("Accept", "application/json").header("User-Agent", "MatInf (Java HttpClient)").GET().build();
        for (int attempt = 0; ; attempt++) {
            progress.checkCancelled();
            HttpResponse<byte[]> response;
            try {
                response = send(request);
            } catch (IOException broken) {
                if (attempt >= retry.maxRetries()) {
                    throw new MpException(MpException.Kind.SERVER_FAILED, "the connection to " + host()
                            + " broke before the answer was complete, " + (attempt + 1) + " times (" + describe(broken) + ")",
                            broken);
                }
                pause(retry.backoff(attempt), "the connection broke", progress);
                continue;
            }
            int status = response.statusCode();
            if (status == 200) {
                return parse(response.body());
            }
            if (status == 429 || status == 500 || status == 502 || status == 503 || status == 504) {
                Optional<Duration> asked = RetryPolicy.retryAfter(response.headers().firstValue("Retry-After").orElse(null),
                        clock.instant());
                String what = (status == 429 ? "the server is limiting the request rate" : "server error")
                        + " (HTTP " + status + ")";
                if (asked.isPresent() && asked.get().compareTo(retry.maxWait()) > 0) {
                    throw new MpException(MpException.Kind.SERVER_FAILED, what + " and asks to wait "
                            + seconds(asked.get()) + " (Retry-After), longer than " + seconds(retry.maxWait())
                            + "; try again later");
                }
                if (attempt >= retry.maxRetries()) {
                    throw new MpException(MpException.Kind.SERVER_FAILED, what + ", still after " + retry.maxRetries()
                            + " retries" + detail(response.body()) + "; try again later");
                }
                pause(asked.orElse(retry.backoff(attempt)), what, progress);
                continue;
            }
            if (status >= 300 && status < 400) {
                throw new MpException(MpException.Kind.QUERY_REFUSED, "the server redirects the request (HTTP " + status
                        + ") to " + quote(response.headers().firstValue("Location").orElse("nowhere"))
                        + "; redirects are not followed so that the key is only sent to " + host()
                        + "; if you trust the new address, make it the endpoint");
            }
            throw refused(status, response.body());
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException ex) {
            future.cancel(true);
            throw noAnswer(ex);
        } catch (InterruptedException ex) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new MpException(MpException.Kind.INTERRUPTED, "interrupted while waiting for the answer");
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw new MpException(MpException.Kind.UNREACHABLE, "could not connect to " + host() + " within "
                        + seconds(connectTimeout) + " (connect timeout); are you online?", cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw noAnswer(cause);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof UnresolvedAddressException || cause != null
                    && (cause.getCause() instanceof UnresolvedAddressException || cause.getCause() instanceof ConnectException)) {
                throw new MpException(MpException.Kind.UNREACHABLE, "cannot connect to " + host() + " (" + describe(cause)
                        + "); are you online?", cause);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new MpException(MpException.Kind.SERVER_FAILED, "the request to " + host() + " failed: "
                    + describe(cause), cause);
        }
    }

    private MpException noAnswer(Throwable cause) {
        return new MpException(MpException.Kind.UNREACHABLE, "no complete answer from " + host() + " within "
                + seconds(requestTimeout) + " (request timeout); try again later or allow more time", cause);
    }

    private JsonNode parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw new MpException(MpException.Kind.BAD_ANSWER, "the server's answer is not a JSON object (first bytes: "
                        + quote(text) + ")");
            }
            return root;
        } catch (JsonProcessingException ex) {
            throw new MpException(MpException.Kind.BAD_ANSWER, "the server's answer is not valid JSON (first bytes: "
                    + quote(text) + "; " + body.length + " bytes)");
        }
    }

    private MpException refused(int status, byte[] body) {
        if (status == 401 || status == 403) {
            return new MpException(MpException.Kind.KEY_REFUSED, "the API key was refused (HTTP " + status + ")"
                    + detail(body) + "; set a valid key (environment variable " + MpApiKey.ENVIRONMENT_VARIABLE
                    + " or Materials Project API Key)");
        }
        return new MpException(MpException.Kind.QUERY_REFUSED, "the server refused the query (HTTP " + status + ")"
                + detail(body));
    }

    /** The server's explanation ({@code detail} of its JSON, else the start of its text), key removed. */
    private String detail(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "";
        }
        String said = text;
        try {
            JsonNode d = MAPPER.readTree(text).path("detail");
            if (d.isTextual()) {
                said = d.textValue();
            } else if (d.isArray()) {
                List<String> parts = new ArrayList<>();
                d.forEach(e -> parts.add(e.path("loc").path(1).asText("") + " " + e.path("msg").asText("")));
                said = String.join(", ", parts).strip();
            }
        } catch (JsonProcessingException | RuntimeException ex) {
            // not JSON: quote the text
        }
        return ": " + clean(key.redact(said), 200);
    }

    private void pause(Duration d, String why, ProgressListener progress) {
        progress.progress(0, 0, "Materials Project: " + why + "; asking again in " + seconds(d));
        try {
            sleeper.sleep(d);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MpException(MpException.Kind.INTERRUPTED, "interrupted while waiting to ask again");
        }
    }

    private String host() {
        return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }

    private String quote(String text) {
        return "'" + clean(key.redact(text), QUOTED) + "'";
    }

    private static String clean(String text, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            sb.append(c < ' ' || c == 0x7f ? ' ' : c);
        }
        return text.length() > max ? sb + "..." : sb.toString();
    }

    private String describe(Throwable t) {
        String m = t.getMessage();
        return key.redact(t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m));
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return (s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s)) + " s";
    }

    /** Settings of a client; defaults are the public endpoint, 10 s to connect, 60 s per request. */
    public static final class Builder {
        private final MpApiKey key;
        private URI endpoint = DEFAULT_ENDPOINT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private int pageSize = 1000;
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        private Clock clock = Clock.systemUTC();

        private Builder(MpApiKey key) {
            if (key == null) {
                throw new IllegalArgumentException("no Materials Project API key");
            }
            this.key = key;
        }

        /** The API's root URL ("https://api.materialsproject.org/"; a mirror or test server). */
        public Builder endpoint(URI uri) {
            String s = uri.toString();
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("the Materials Project endpoint must be an http(s) URL; got " + s);
            }
            if (uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("the Materials Project endpoint must have no query or user part");
            }
            endpoint = URI.create(s.endsWith("/") ? s : s + "/");
            return this;
        }

        /** The longest wait for a connection. */
        public Builder connectTimeout(Duration d) {
            connectTimeout = positive(d, "connect timeout");
            return this;
        }

        /** The longest wait for a whole answer. */
        public Builder requestTimeout(Duration d) {
            requestTimeout = positive(d, "request timeout");
            return this;
        }

        /** Retries after 429/5xx and broken connections. */
        public Builder retry(RetryPolicy policy) {
            retry = policy;
            return this;
        }

        /** Documents per request (the API allows up to 1000). */
        public Builder pageSize(int n) {
            if (n < 1 || n > 1000) {
                throw new IllegalArgumentException("page size must be between 1 and 1000; got " + n);
            }
            pageSize = n;
            return this;
        }

        /** How to wait between retries (tests record the waits instead). */
        public Builder sleeper(Sleeper s) {
            sleeper = s;
            return this;
        }

        /** The clock for HTTP-date {@code Retry-After} headers. */
        public Builder clock(Clock c) {
            clock = c;
            return this;
        }

        public MpClient build() {
            return new MpClient(this);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
            return d;
        }
    }
}
