package io.wcshooks.runtime.server;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * A Grizzly filter that goes just after the HTTP codec: it sees each request as soon as its headers
 * are parsed (and the codec's events about them), before any handler.
 */
abstract class AfterHttpCodec extends BaseFilter implements AddOn {
  @Override
  public final void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(HttpServerFilter.class);
    if (codec < 0) {
      throw new IllegalStateException("no HTTP codec in the Grizzly filter chain");
    }
    builder.add(codec + 1, this);
  }
}
