package io.livecoins.testing;

import java.time.Instant;

/**
 * One request the server received and what it did.
 *
 * @param requestId the {@code Request-Id} the server generated
 * @param method request method
 * @param target path and query
 * @param route matched route ({@code "POST /v1/gifts/send"}) or null
 * @param userId the authenticated user, or null
 * @param idempotencyKey the Idempotency-Key header, or null
 * @param status the status answered (0 when the connection was dropped)
 * @param fault the fault applied ({@code Fault.toString()}), or {@code "none"}
 * @param replayed whether the answer was an idempotent replay
 * @param receivedAt when it arrived
 */
public record LoggedRequest(String requestId, String method, String target, String route, String userId,
    String idempotencyKey, int status, String fault, boolean replayed, Instant receivedAt) {}
