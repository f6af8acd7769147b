package io.wcshooks.runtime.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.glassfish.jersey.message.internal.AcceptableMediaType;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Refuses with a 406 a call whose {@code Accept} header gives every type its method produces a
 * quality of 0, which means "not acceptable" (RFC 9110, 12.4.2). Jersey treats such a range as any
 * other: {@code Accept: application/json;q=0} got a JSON 200, a handler having run. A type's
 * quality is that of the most specific range that matches it ({@code application/json;q=0, *}{@code /*}
 * refuses JSON, {@code *}{@code /*;q=0, application/json} does not). A call with no range matching
 * at all is left to Jersey, which refuses it itself.
 *
 * <p>Before authentication, where Jersey's own 406 comes: a client told what it cannot accept
 * learns it whatever its credentials.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class ZeroQualityAccept implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if (!(request instanceof ContainerRequest jersey)) {
      return;
    }
    ResourceMethod method = jersey.getUriInfo().getMatchedResourceMethod();
    // What the method says it produces (a wildcard when it says nothing: left to Jersey).
    List<MediaType> produced = method == null ? List.of() : method.getProducedTypes();
    if (produced.isEmpty() || produced.stream().anyMatch(MediaType::isWildcardType)) {
      return;
    }
    List<AcceptableMediaType> ranges = jersey.getQualifiedAcceptableMediaTypes();
    boolean matched = false;
    for (MediaType type : produced) {
      int quality = quality(type, ranges);
      if (quality > 0) {
        return;
      }
      matched |= quality == 0;
    }
    if (matched) {
      throw new NotAcceptableException();
    }
  }

  /**
   * The quality {@code ranges} give {@code type}: that of its most specific matching range (the
   * highest among equally specific ones), or -1 if none matches.
   */
  static int quality(MediaType type, List<AcceptableMediaType> ranges) {
    int specificity = -1;
    int quality = -1;
    for (AcceptableMediaType range : ranges) {
      if (!range.isCompatible(type)) {
        continue;
      }
      int rangeSpecificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
      if (rangeSpecificity > specificity) {
        specificity = rangeSpecificity;
        quality = range.getQuality();
      } else if (rangeSpecificity == specificity) {
        quality = Math.max(quality, range.getQuality());
      }
    }
    return quality;
  }
}
