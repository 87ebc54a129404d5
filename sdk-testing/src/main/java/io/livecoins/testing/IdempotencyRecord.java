package io.livecoins.testing;

import java.time.Instant;

/**
 * What the server remembers for one (user, Idempotency-Key).
 *
 * @param userId the caller
 * @param key the Idempotency-Key
 * @param method request method
 * @param path request path
 * @param inFlight true while the first request is still being processed
 * @param status the stored response status (0 while in flight)
 * @param body the stored response body (null while in flight)
 * @param createdAt when the key was first seen
 */
public record IdempotencyRecord(String userId, String key, String method, String path, boolean inFlight,
    int status, String body, Instant createdAt) {}
