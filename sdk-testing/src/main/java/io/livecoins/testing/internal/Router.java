package io.livecoins.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps {@code METHOD /path} to a handler; templates use {@code {name}} segments. */
public final class Router {
  /** A matched route: its name ({@code "GET /v1/wallet"}), handler and path parameters. */
  public record Match(String route, Handler handler, Map<String, String> params) {}

  private record Route(String method, String template, Pattern pattern, List<String> names, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  public Router add(String method, String template, Handler handler) {
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    routes.add(new Route(method, template, Pattern.compile(regex.toString()), names, handler));
    return this;
  }

  /** The match, or null when no route has this method and path. */
  public Match match(String method, String path) {
    for (Route r : routes) {
      if (!r.method().equals(method)) {
        continue; // no Matcher for the other methods' routes
      }
      Matcher m = r.pattern().matcher(path);
      if (m.matches()) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < r.names().size(); i++) {
          params.put(r.names().get(i), m.group(i + 1));
        }
        return new Match(r.method() + " " + r.template(), r.handler(), params);
      }
    }
    return null;
  }

  /** Route names in registration order. */
  public Set<String> routes() {
    Set<String> out = new LinkedHashSet<>();
    for (Route r : routes) {
      out.add(r.method() + " " + r.template());
    }
    return out;
  }
}
