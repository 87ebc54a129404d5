package io.livecoins.testing.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Checks requests and responses against the bundled {@code io/livecoins/testing/openapi.yaml}
 * (a copy of {@code docs/openapi.yaml}) with Atlassian's swagger-request-validator. Thread-safe.
 */
public final class ContractValidator {
  /** Where the spec is bundled in the jar. */
  public static final String SPEC_RESOURCE = "io/livecoins/testing/openapi.yaml";

  private static final Map<String, OpenApiInteractionValidator> CACHE = new ConcurrentHashMap<>();
  private static final Pattern MISSING = Pattern.compile("missing required properties \\(\\[\"([^\"]+)\"");

  /** One problem: a message and the best guess at the field it concerns. */
  public record Violation(String field, String message) {}

  private final OpenApiInteractionValidator validator;

  private ContractValidator(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  /** Loads the bundled spec (parsed once per JVM). */
  public static ContractValidator bundled() {
    return new ContractValidator(CACHE.computeIfAbsent(loadSpec(), spec ->
        OpenApiInteractionValidator.createForInlineApiSpecification(spec).build()));
  }

  /** The bundled spec text. */
  public static String loadSpec() {
    ClassLoader loader = ContractValidator.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + SPEC_RESOURCE
            + ": build sdk-testing after docs/openapi.yaml exists (it is copied into the jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Violation> validateRequest(String method, String path, Map<String, List<String>> query,
      Headers headers, String body) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(method, path);
    query.forEach(b::withQueryParam);
    for (String name : headers.names()) {
      b.withHeader(name, headers.values(name));
    }
    if (body != null && !body.isEmpty()) {
      b.withBody(body);
    }
    return violations(validator.validateRequest(b.build()));
  }

  public List<Violation> validateResponse(String method, String path, int status, Map<String, String> headers,
      String body) {
    SimpleResponse.Builder b = new SimpleResponse.Builder(status);
    headers.forEach(b::withHeader);
    if (body != null) {
      b.withBody(body);
    }
    return violations(validator.validateResponse(path, Request.Method.valueOf(method), b.build()));
  }

  private static List<Violation> violations(ValidationReport report) {
    List<Violation> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() != ValidationReport.Level.ERROR) continue;
      out.add(new Violation(field(m), m.getKey() + ": " + m.getMessage()));
    }
    return out;
  }

  private static String field(ValidationReport.Message m) {
    var context = m.getContext();
    if (context.isPresent() && context.get().getParameter().isPresent()) {
      return context.get().getParameter().get().getName();
    }
    StringBuilder field = new StringBuilder();
    if (context.isPresent() && context.get().getPointers().isPresent()) {
      String pointer = context.get().getPointers().get().getInstance();
      if (pointer != null && pointer.length() > 1) {
        field.append(pointer.substring(1).replace('/', '.'));
      }
    }
    Matcher missing = MISSING.matcher(m.getMessage());
    if (missing.find()) {
      field.append(field.length() > 0 ? "." : "").append(missing.group(1));
    }
    return field.length() > 0 ? field.toString() : m.getKey().contains("body") ? "body" : "request";
  }
}
