package io.livecoins.testing.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Build step (sdk-testing's {@code process-classes}, exec-maven-plugin): turns the bundled OpenAPI YAML into
 * the same document as compact JSON, {@link ContractValidator#COMPILED_RESOURCE}. The mock server's first start
 * then reads it with the JSON parser it already uses instead of parsing 2,300 lines of YAML (SnakeYAML, cold,
 * was most of that start). Same tree, key for key; only what JSON cannot hold is converted (YAML timestamps
 * become ISO-8601 strings, non-string keys such as the {@code 200:} of a response become strings).
 */
public final class SpecCompiler {
  private SpecCompiler() {}

  /**
   * Writes {@code args[1]} (JSON) from {@code args[0]} (YAML).
   *
   * @param args the YAML spec and the JSON file to write
   * @throws IOException when reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SpecCompiler <openapi.yaml> <openapi.json>");
    }
    String yaml = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    String json = toJson(yaml);
    ContractValidator.compile(Json.parse(json)); // fail the build now rather than at the first server start
    Files.writeString(Path.of(args[1]), json, StandardCharsets.UTF_8);
  }

  /** {@return the YAML document {@code yaml} as compact JSON} */
  static String toJson(String yaml) {
    return Json.write(jsonable(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml)));
  }

  private static Object jsonable(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), jsonable(v)));
      return out;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(jsonable(v)));
      return out;
    }
    if (node instanceof Date date) {
      return date.toInstant().toString();
    }
    if (node == null || node instanceof String || node instanceof Boolean || node instanceof Integer
        || node instanceof Long || node instanceof BigInteger || node instanceof Double) {
      return node;
    }
    throw new IllegalArgumentException("a YAML value JSON cannot hold: " + node.getClass().getName());
  }
}
