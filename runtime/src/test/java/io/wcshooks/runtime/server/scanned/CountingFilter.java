package io.wcshooks.runtime.server.scanned;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicInteger;

/** A filter an application registers by package scanning ({@code ResourceConfig.packages}). */
@Provider
public final class CountingFilter implements ContainerRequestFilter {
  /** Requests seen by every instance. */
  public static final AtomicInteger SEEN = new AtomicInteger();

  @Override
  public void filter(ContainerRequestContext request) {
    SEEN.incrementAndGet();
  }
}
