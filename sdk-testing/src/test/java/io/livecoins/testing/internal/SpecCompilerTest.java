package io.livecoins.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The spec precompiled to JSON at build time: the same document as the bundled YAML, read by bundled(). */
class SpecCompilerTest {

  @Test
  void theBundledJsonIsTheBundledYamlKeyForKey() throws IOException {
    String bundledJson;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContractValidator.COMPILED_RESOURCE)) {
      assertThat(in).as("the build's precompile-spec step wrote " + ContractValidator.COMPILED_RESOURCE).isNotNull();
      bundledJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Object fromJson = Json.parse(bundledJson);
    Object fromYaml = Json.parse(SpecCompiler.toJson(ContractValidator.loadSpec()));
    assertThat(fromJson).isEqualTo(fromYaml);
    assertThat(((Map<?, ?>) fromJson).get("paths")).asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("/v1/wallet");
  }

  @Test
  void yamlTimestampsAndNumericKeysBecomeJsonStrings() {
    String json = SpecCompiler.toJson("when: 2026-01-02T03:04:05Z\n200: ok\nn: 7\nratio: 0.5\nflag: true\nnone: null\n");
    assertThat(json).isEqualTo(
        "{\"when\":\"2026-01-02T03:04:05Z\",\"200\":\"ok\",\"n\":7,\"ratio\":0.5,\"flag\":true,\"none\":null}");
  }

  @Test
  void aSpecCompiledFromJsonGivesTheYamlSpecsVerdicts() {
    String yaml = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /v1/things/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string, minLength: 3, maxLength: 5}}
                - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100, format: int32}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [n]
                        properties:
                          n: {type: integer, minimum: 0}
                          tags: {type: array, maxItems: 2, items: {type: string, enum: [a, b]}}
        """;
    ContractValidator fromYaml = ContractValidator.of(yaml);
    ContractValidator fromJson = ContractValidator.compile(Json.parse(SpecCompiler.toJson(yaml)));
    for (String path : List.of("/v1/things/abc", "/v1/things/ab", "/v1/things/abcdef")) {
      for (String limit : List.of("1", "0", "101", "x")) {
        Map<String, List<String>> query = Map.of("limit", List.of(limit));
        assertThat(messages(fromJson.validateRequest("GET", path, query, Headers.of(), "")))
            .isEqualTo(messages(fromYaml.validateRequest("GET", path, query, Headers.of(), "")));
      }
    }
    Map<String, String> headers = Map.of("Content-Type", "application/json");
    for (String body : List.of("{\"n\":1}", "{\"n\":-1}", "{}", "{\"n\":1,\"tags\":[\"a\",\"c\",\"b\"]}",
        "{\"n\":1.5}", "{\"n\":1,\"x\":2}")) {
      List<String> expected = messages(fromYaml.validateResponse("GET", "/v1/things/abc", 200, headers, body));
      assertThat(messages(fromJson.validateResponse("GET", "/v1/things/abc", 200, headers, body)))
          .as(body).isEqualTo(expected);
    }
    // The mutations above do fail: the comparison is not between two empty lists.
    assertThat(messages(fromJson.validateResponse("GET", "/v1/things/abc", 200, headers,
        "{\"n\":1,\"tags\":[\"a\",\"c\",\"b\"]}")))
        .containsExactlyInAnyOrder(
            "validation.response.body.schema.maxItems: [Path '/tags'] array has 3 items, maximum 2",
            "validation.response.body.schema.enum: [Path '/tags/1'] instance value (c) not found in enum [a, b]");
  }

  @Test
  void aYamlValueJsonCannotHoldFailsTheBuild() {
    assertThatThrownBy(() -> SpecCompiler.toJson("blob: !!binary aGVsbG8=\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON cannot hold");
  }

  private static List<String> messages(List<ContractValidator.Violation> violations) {
    return violations.stream().map(ContractValidator.Violation::message).toList();
  }
}
