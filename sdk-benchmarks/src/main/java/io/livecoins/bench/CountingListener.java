package io.livecoins.bench;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.Call;
import okhttp3.EventListener;

/** Counts calls (all, and gift sends) and new connections of an OkHttp client: connection reuse, verified. */
public final class CountingListener extends EventListener {
  public final LongAdder calls = new LongAdder();
  public final LongAdder sends = new LongAdder();
  public final LongAdder connections = new LongAdder();

  @Override
  public void callStart(Call call) {
    calls.increment();
    if (call.request().url().encodedPath().equals("/v1/gifts/send")) sends.increment();
  }

  @Override
  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
    connections.increment();
  }
}
