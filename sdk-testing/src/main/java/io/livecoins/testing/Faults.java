package io.livecoins.testing;

import io.livecoins.testing.internal.FaultPlan;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Schedules {@link Fault}s on a running {@link LiveCoinsMockServer}, per route or for every route.
 *
 * <p>A route is written as in the contract: {@code "POST /v1/gifts/send"},
 * {@code "POST /v1/recharge-orders/{id}/confirm"}, {@code "GET /v1/wallet"} (see {@link #routes()}).
 * For each request the server takes, in order: the next scripted fault of its route, the next global
 * scripted fault, a draw against its route's probability, a draw against the global probability.
 * Draws come from one {@link java.util.SplittableRandom} seeded by the builder's
 * {@link LiveCoinsMockServer.Builder#seed(long) seed}, so a single-threaded run is reproducible.
 *
 * <pre>{@code
 * server.faults().once("POST /v1/gifts/send", Fault.dropAfterCommit());
 * server.faults().script("GET /v1/wallet", Fault.status(503), Fault.none(), Fault.rateLimited(2));
 * server.faults().randomly(0.1, Fault.status(503), Fault.dropBeforeProcessing());
 * }</pre>
 *
 * <p>Thread-safe; changes apply to the next request.
 */
public final class Faults {
  private final FaultPlan plan;
  private final Set<String> routes;

  Faults(FaultPlan plan, Set<String> routes) {
    this.plan = plan;
    this.routes = routes;
  }

  /** {@return the route names faults can target, e.g. {@code "GET /v1/wallet"}} */
  public Set<String> routes() {
    return routes;
  }

  /**
   * Applies {@code fault} to the next request, whatever its route.
   *
   * @param fault the fault to apply
   * @return this schedule, for chaining
   */
  public Faults once(Fault fault) {
    return script(fault);
  }

  /**
   * Applies {@code fault} to the next request on {@code route}.
   *
   * @param route the route, such as {@code "POST /v1/gifts/send"}
   * @param fault the fault to apply
   * @return this schedule, for chaining
   */
  public Faults once(String route, Fault fault) {
    return script(route, fault);
  }

  /**
   * Applies {@code faults} to the next requests (any route), one each, in order.
   *
   * @param faults the faults to apply, in order
   * @return this schedule, for chaining
   */
  public Faults script(Fault... faults) {
    plan.script(FaultPlan.ANY, checked(faults));
    return this;
  }

  /**
   * Applies {@code faults} to the next requests on {@code route}, one each, in order.
   *
   * @param route the route, such as {@code "POST /v1/gifts/send"}
   * @param faults the faults to apply, in order
   * @return this schedule, for chaining
   */
  public Faults script(String route, Fault... faults) {
    plan.script(checkRoute(route), checked(faults));
    return this;
  }

  /**
   * From now on, applies one of {@code choices} (picked uniformly) to each request with
   * probability {@code probability}; 0 turns it off.
   *
   * @param probability the chance per request, from 0 to 1
   * @param choices the faults to pick from
   * @return this schedule, for chaining
   */
  public Faults randomly(double probability, Fault... choices) {
    plan.randomly(FaultPlan.ANY, probability, checked(choices));
    return this;
  }

  /**
   * Like {@link #randomly(double, Fault...)} for requests on {@code route} only.
   *
   * @param route the route, such as {@code "POST /v1/gifts/send"}
   * @param probability the chance per request, from 0 to 1
   * @param choices the faults to pick from
   * @return this schedule, for chaining
   */
  public Faults randomly(String route, double probability, Fault... choices) {
    plan.randomly(checkRoute(route), probability, checked(choices));
    return this;
  }

  /**
   * Removes every scheduled fault (scripts and probabilities).
   *
   * @return this schedule, for chaining
   */
  public Faults clear() {
    plan.clear();
    return this;
  }

  /** {@return how many scripted faults have not been applied yet} */
  public int pending() {
    return plan.pendingScripted();
  }

  /** {@return the faults applied so far, as {@code "<route> -> <fault>"}, oldest first} */
  public List<String> applied() {
    return plan.applied();
  }

  private String checkRoute(String route) {
    Objects.requireNonNull(route, "route == null");
    if (!routes.contains(route)) {
      throw new IllegalArgumentException("unknown route '" + route + "'; one of " + routes);
    }
    return route;
  }

  private static List<Fault> checked(Fault[] faults) {
    List<Fault> list = Arrays.asList(faults);
    for (Fault f : list) {
      Objects.requireNonNull(f, "fault == null");
    }
    return list;
  }
}
