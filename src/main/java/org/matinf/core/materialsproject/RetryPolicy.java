package org.matinf.core.materialsproject;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How often and how long to wait before asking again after 429 (too many requests), a 5xx server
 * error or a broken connection: at most {@code maxRetries} retries; the server's {@code Retry-After}
 * when it sends one (seconds or an HTTP date), otherwise exponential back-off
 * {@code firstDelay · 2^attempt} capped at {@code maxDelay}. A {@code Retry-After} longer than
 * {@code maxWait} is not waited for: the request fails at once with the server's time in the message.
 *
 * @param maxRetries retries after the first attempt (0 = none)
 * @param firstDelay back-off before the first retry
 * @param maxDelay longest back-off
 * @param maxWait longest {@code Retry-After} honoured
 */
public record RetryPolicy(int maxRetries, Duration firstDelay, Duration maxDelay, Duration maxWait) {
    /** Three retries, 1 s, 2 s, 4 s back-off (at most 30 s), Retry-After up to 2 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofMinutes(2));

    public RetryPolicy {
        if (maxRetries < 0 || firstDelay.isNegative() || maxDelay.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("retries and delays must not be negative");
        }
    }

    /** The back-off before retry number {@code attempt + 1} (attempt 0 is the first retry). */
    public Duration backoff(int attempt) {
        Duration d = firstDelay;
        for (int i = 0; i < attempt && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    /**
     * The wait a {@code Retry-After} header asks for: a whole number of seconds, or an HTTP date
     * (RFC 1123) from which {@code now} is subtracted (a date in the past means no wait). Empty for
     * a missing or unreadable header.
     */
    public static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String h = header.strip();
        if (h.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(h)));
        }
        try {
            Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }
}
