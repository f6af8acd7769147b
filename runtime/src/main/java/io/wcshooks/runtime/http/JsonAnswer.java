package io.wcshooks.runtime.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A 200 with a JSON body (an echo or a rewritten one): the answer to nearly every hook call, as
 * a plain {@link jakarta.ws.rs.core.Response}. Jersey's own ({@code Response.ok(..).build()})
 * builds an outbound message context with its header maps for every call, which the embedded
 * server's fast path then takes apart again (JFR: 7% of a loaded server's samples); this one is
 * the body and its content type. Jersey takes any {@code Response} (it copies status, headers
 * and entity), so both paths write the same bytes.
 */
public final class JsonAnswer extends jakarta.ws.rs.core.Response {
  private static final String JSON = MediaType.APPLICATION_JSON;

  private final byte[] body;

  public JsonAnswer(byte[] body) {
    this.body = body;
  }

  /** The body, not copied. */
  public byte[] body() {
    return body;
  }

  @Override
  public int getStatus() {
    return Status.OK.getStatusCode();
  }

  @Override
  public StatusType getStatusInfo() {
    return Status.OK;
  }

  @Override
  public Object getEntity() {
    return body;
  }

  @Override
  public boolean hasEntity() {
    return true;
  }

  @Override
  public MediaType getMediaType() {
    return MediaType.APPLICATION_JSON_TYPE;
  }

  @Override
  public MultivaluedMap<String, Object> getMetadata() {
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    headers.putSingle("Content-Type", MediaType.APPLICATION_JSON_TYPE);
    return headers;
  }

  @Override
  public MultivaluedMap<String, String> getStringHeaders() {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    headers.putSingle("Content-Type", JSON);
    return headers;
  }

  @Override
  public String getHeaderString(String name) {
    return "Content-Type".equalsIgnoreCase(name) ? JSON : null;
  }

  /** No Content-Length header is set (the container writes it): -1, as Jersey's own answer says. */
  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public <T> T readEntity(Class<T> entityType) {
    throw outbound();
  }

  @Override
  public <T> T readEntity(GenericType<T> entityType) {
    throw outbound();
  }

  @Override
  public <T> T readEntity(Class<T> entityType, Annotation[] annotations) {
    throw outbound();
  }

  @Override
  public <T> T readEntity(GenericType<T> entityType, Annotation[] annotations) {
    throw outbound();
  }

  @Override
  public boolean bufferEntity() {
    throw outbound();
  }

  @Override
  public void close() {
    // Nothing to release: the body is an array.
  }

  @Override
  public Locale getLanguage() {
    return null;
  }

  @Override
  public Set<String> getAllowedMethods() {
    return Set.of();
  }

  @Override
  public Map<String, NewCookie> getCookies() {
    return Map.of();
  }

  @Override
  public EntityTag getEntityTag() {
    return null;
  }

  @Override
  public Date getDate() {
    return null;
  }

  @Override
  public Date getLastModified() {
    return null;
  }

  @Override
  public URI getLocation() {
    return null;
  }

  @Override
  public Set<Link> getLinks() {
    return Set.of();
  }

  @Override
  public boolean hasLink(String relation) {
    return false;
  }

  @Override
  public Link getLink(String relation) {
    return null;
  }

  @Override
  public Link.Builder getLinkBuilder(String relation) {
    return null;
  }

  private static IllegalStateException outbound() {
    return new IllegalStateException("an answer being sent has no entity to read");
  }
}
