package io.wcshooks.runtime.server;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.util.Header;

/**
 * Answers a request that asks to switch protocols ({@code Upgrade: h2c}, as the JDK's
 * {@code HttpClient} and {@code curl --http2} send by default) as the plain HTTP/1.1 request it
 * also is.
 *
 * <p>Without this, Grizzly (no HTTP/2 module installed) marks such a request as upgrading and stops
 * decoding its body by {@code Content-Length}: reading a POST body then blocks until the client
 * gives up, and answers lose their {@code Content-Type} (Grizzly issues 1972 and 2192). Placed just
 * after the HTTP codec, this filter receives the codec's "incoming upgrade" event, which the codec
 * fires while it processes the request headers, before it decides how to read the body; it takes
 * the upgrade back, so the body is read by its length and the answer is plain HTTP/1.1.
 */
final class RefuseHttpUpgrades extends AfterHttpCodec {
  @Override
  public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
    if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
      HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
      header.setIgnoreContentModifiers(false);
      header.getUpgradeDC().recycle();
      header.getHeaders().removeHeader(Header.Upgrade);
      return ctx.getStopAction();
    }
    return ctx.getInvokeAction();
  }
}
