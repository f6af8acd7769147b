package io.wcshooks.runtime.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/** A monitoring listener, as metrics libraries register one: counts the requests Jersey reports. */
public final class MonitoredRequests implements ApplicationEventListener {
  private final AtomicInteger requests = new AtomicInteger();

  @Override
  public void onEvent(ApplicationEvent event) {}

  @Override
  public RequestEventListener onRequest(RequestEvent event) {
    requests.incrementAndGet();
    return null;
  }

  /** How many requests Jersey has reported so far. */
  public int count() {
    return requests.get();
  }
}
