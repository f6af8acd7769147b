package io.wcshooks.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client's connection to the simulated WCS, after {@code connect}: the realistic sequences of
 * hook calls a client's actions cause, under the restClientConfig the backend returned, and what the
 * client sees of them ({@link #clientEvents()}). A declined connection is a session too, with
 * status FAILED and the reason, so that tests assert on it like a client would.
 *
 * <p>Not thread-safe: a session is one client, driven by one test.
 */
public final class Session {
  private final HookInvoker invoker;
  private final ObjectNode context;
  private final ObjectNode connection;
  private final Map<String, MethodRules> rules;
  private final List<ClientEvent> clientEvents = new ArrayList<>();
  private boolean connected;

  Session(HookInvoker invoker, ObjectNode context, ObjectNode connection, Map<String, MethodRules> rules,
      boolean connected, ClientEvent declined) {
    this.invoker = invoker;
    this.context = context;
    this.connection = connection;
    this.rules = new ConcurrentHashMap<>(rules);
    this.connected = connected;
    if (declined != null) {
      this.clientEvents.add(declined);
    }
  }

  // ---- what the client sees ----

  /** ESTABLISHED, FAILED (declined) or DISCONNECTED. */
  public String status() {
    return text(connection, "status");
  }

  /** Whether the connection is up. */
  public boolean connected() {
    return connected;
  }

  /** Why connect was declined: the backend's 403 reason, else the HTTP reason or the failure. */
  public Optional<String> refusal() {
    return "FAILED".equals(status()) ? Optional.ofNullable(text(connection, "info")) : Optional.empty();
  }

  /** The WCS session id the backend saw. */
  public String sessionId() {
    return text(context, "sessionId");
  }

  /** The connection's fields as WCS holds them after connect's answer (sipLogin, custom, ...); a copy. */
  public ObjectNode connection() {
    return connection.deepCopy();
  }

  /** The restClientConfig entry in force for a method (the defaults when the backend gave none). */
  public MethodRules rules(String method) {
    return rules.getOrDefault(method, MethodRules.DEFAULTS);
  }

  /** Everything the client received, in order. */
  public List<ClientEvent> clientEvents() {
    return Collections.unmodifiableList(clientEvents);
  }

  /** The client's events with this name. */
  public List<ClientEvent> clientEvents(String name) {
    return clientEvents.stream().filter(e -> e.name().equals(name)).toList();
  }

  /** The ErrorEvents the client received: the table's FAIL column for events. */
  public List<ClientEvent> errorEvents() {
    return clientEvents(ClientEvent.ERROR_EVENT);
  }

  // ---- streams ----

  /** The client publishes: publishStream, then StreamStatusEvent PUBLISHING, or FAILED if broken. */
  public Stream publish(String name) {
    ObjectNode fields = streamFields(name, true);
    return startStream("publishStream", new Stream(true, fields), "PUBLISHING");
  }

  /** The client plays: playStream, then StreamStatusEvent PLAYING, or FAILED if broken. */
  public Stream play(String name) {
    ObjectNode fields = streamFields(name, false);
    return startStream("playStream", new Stream(false, fields), "PLAYING");
  }

  /**
   * WCS's periodic StreamKeepAliveEvent for a running stream. Under restOnError FAIL an error gives
   * the client an ErrorEvent, and a 403 stops the stream (status FAILED, the reason in info): the
   * backend's kill switch.
   */
  public Session keepAlive(Stream stream) {
    requireActive(stream);
    ObjectNode fields = stream.state().deepCopy();
    fields.put("mediaProvider", "WebRTC");
    Invocation keepAlive = invoker.invoke("StreamKeepAliveEvent", fields, rules("StreamKeepAliveEvent"));
    if (keepAlive.is(ErrorOutcome.ERROR_EVENT)) {
      errorEvent(keepAlive);
      if (keepAlive.exchange().status() == 403 && invoker.method("StreamKeepAliveEvent").stopOnForbid()) {
        streamStatus(stream, "FAILED", keepAlive.errorText());
      }
    }
    return this;
  }

  /** The publisher stops: unPublishStream, then StreamStatusEvent UNPUBLISHED. */
  public Session unpublish(Stream stream) {
    return endStream("unPublishStream", stream, "UNPUBLISHED");
  }

  /** The player stops: stopStream, then StreamStatusEvent STOPPED. */
  public Session stop(Stream stream) {
    return endStream("stopStream", stream, "STOPPED");
  }

  private Stream startStream(String method, Stream stream, String runningStatus) {
    requireConnected();
    Invocation invocation = invoker.invoke(method, stream.state(), rules(method));
    stream.update(invocation.fields());
    if (invocation.proceeds()) {
      streamStatus(stream, runningStatus, null);
    } else {
      streamStatus(stream, "FAILED", invocation.errorText());
    }
    return stream;
  }

  private Session endStream(String method, Stream stream, String endStatus) {
    requireActive(stream);
    Invocation invocation = invoker.invoke(method, stream.state(), rules(method));
    stream.update(invocation.fields());
    if (invocation.proceeds()) {
      streamStatus(stream, endStatus, null);
    } else {
      streamStatus(stream, "FAILED", invocation.errorText());
    }
    return this;
  }

  private void streamStatus(Stream stream, String status, String info) {
    ObjectNode fields = stream.state().deepCopy();
    fields.put("status", status);
    fields.put("info", info);
    stream.update(event("StreamStatusEvent", fields));
  }

  private ObjectNode streamFields(String name, boolean published) {
    ObjectNode fields = base();
    fields.put("name", name);
    fields.put("mediaSessionId", UUID.randomUUID().toString());
    fields.put("published", published);
    fields.put("hasVideo", true);
    fields.put("hasAudio", true);
    fields.put("status", "PENDING");
    fields.put("sdp", "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n");
    fields.put("audioCodec", "opus");
    fields.put("videoCodec", "H264");
    fields.put("record", false);
    fields.put("createDate", System.currentTimeMillis());
    fields.set("custom", connection.path("custom").isObject() ? connection.get("custom").deepCopy() : HookInvoker.object());
    return fields;
  }

  // ---- calls ----

  /** The client calls out: call, then CallStatusEvent TRYING, or FAILED if broken. */
  public SipCall call(String callee) {
    requireConnected();
    ObjectNode fields = callFields(UUID.randomUUID().toString(), text(connection, "sipLogin"), callee, false, "PENDING");
    SipCall call = new SipCall(false, fields);
    Invocation invocation = invoker.invoke("call", fields, rules("call"));
    call.update(invocation.fields());
    callStatus(call, invocation.proceeds() ? "TRYING" : "FAILED", invocation.proceeds() ? null : invocation.errorText());
    return call;
  }

  /**
   * A SIP call arrives for this client: OnCallEvent, then CallStatusEvent RING. Under restOnError
   * FAIL a backend error makes WCS answer the caller 403 and the client gets CallStatusEvent FAILED.
   *
   * @throws IllegalStateException when the connection, after connect's answer, has no
   *     {@code sipRegisterRequired} true: WCS did not register it, so no call can reach it
   */
  public SipCall incomingCall(String caller) {
    requireConnected();
    // 000: with sipRegisterRequired false "a web page cannot accept incoming SIP calls"; a test that
    // got one anyway would hide a connect handler that forgot to ask for registration.
    JsonNode register = connection.path("sipRegisterRequired");
    if (!register.asBoolean(false)) {
      throw new IllegalStateException("no incoming call can reach " + this + ": its connection has sipRegisterRequired "
          + (register.isMissingNode() ? "unset" : register) + ", and WCS registers on the SIP server only when it is true");
    }
    ObjectNode fields = callFields(UUID.randomUUID().toString(), caller, text(connection, "sipLogin"), true, "RING");
    fields.put("sipMessageRaw", "INVITE sip:" + text(connection, "sipLogin") + " SIP/2.0\r\nFrom: <sip:" + caller + ">\r\n");
    SipCall call = new SipCall(true, fields);
    Invocation invocation = invoker.invoke("OnCallEvent", fields, rules("OnCallEvent"));
    call.update(invocation.fields());
    if (invocation.proceeds()) {
      call.answerCaller(180);
      callStatus(call, "RING", null);
    } else {
      call.answerCaller(403);
      callStatus(call, "FAILED", invocation.errorText());
    }
    return call;
  }

  /** The call changes status on the SIP side (ESTABLISHED, BUSY, ...): a CallStatusEvent. */
  public Session callStatus(SipCall call, String status) {
    callStatus(call, status, null);
    return this;
  }

  /** The client hangs up: hangup, then CallStatusEvent FINISH. */
  public Session hangup(SipCall call) {
    Invocation invocation = invoker.invoke("hangup", call.state(), rules("hangup"));
    call.update(invocation.fields());
    callStatus(call, invocation.proceeds() ? "FINISH" : "FAILED", invocation.proceeds() ? null : invocation.errorText());
    return this;
  }

  private void callStatus(SipCall call, String status, String info) {
    ObjectNode fields = call.state().deepCopy();
    fields.put("status", status);
    fields.put("info", info);
    call.update(event("CallStatusEvent", fields));
  }

  private ObjectNode callFields(String callId, String caller, String callee, boolean incoming, String status) {
    ObjectNode fields = base();
    fields.put("callId", callId);
    fields.put("caller", caller);
    fields.put("callee", callee);
    fields.put("visibleName", caller);
    fields.put("hasVideo", false);
    fields.set("inviteParameters", HookInvoker.object());
    fields.put("isMsrp", false);
    fields.put("incoming", incoming);
    fields.put("status", status);
    fields.put("mediaProvider", "WebRTC");
    fields.put("sdp", "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n");
    return fields;
  }

  // ---- data ----

  /** The client sends data to the server: sendData, then DataStatusEvent ACCEPTED or FAILED. */
  public ClientEvent sendData(Object payload) {
    return data("sendData", payload);
  }

  /** The client sends data to another client: OnDataEvent, then DataStatusEvent ACCEPTED or FAILED. */
  public ClientEvent sendDataToClient(Object payload) {
    return data("OnDataEvent", payload);
  }

  private ClientEvent data(String method, Object payload) {
    requireConnected();
    ObjectNode fields = base();
    fields.put("operationId", UUID.randomUUID().toString());
    fields.set("payload", payload instanceof JsonNode node ? node : HookInvoker.tree(payload));
    Invocation invocation = invoker.invoke(method, fields, rules(method));
    ObjectNode status = base();
    status.put("operationId", fields.get("operationId").asText());
    status.put("status", invocation.proceeds() ? "ACCEPTED" : "FAILED");
    status.put("info", invocation.proceeds() ? null : invocation.errorText());
    event("DataStatusEvent", status);
    return clientEvents.get(clientEvents.size() - 1);
  }

  // ---- disconnect ----

  /** The client goes away: ConnectionStatusEvent DISCONNECTED. */
  public Session disconnect() {
    requireConnected();
    ObjectNode fields = connection.deepCopy();
    fields.remove("restClientConfig");
    fields.put("status", "DISCONNECTED");
    fields.put("info", "Normal disconnect");
    event("ConnectionStatusEvent", fields);
    connection.put("status", "DISCONNECTED");
    connected = false;
    return this;
  }

  // ---- the common part ----

  /**
   * Sends an event hook and passes it on to the client: the event's fields (after OVERWRITE, without
   * clientExclude), and under FAIL an ErrorEvent when the backend failed.
   *
   * @return the fields WCS holds after the event
   */
  ObjectNode event(String method, ObjectNode fields) {
    Invocation invocation = invoker.invoke(method, fields, rules(method));
    clientEvents.add(new ClientEvent(method, HookInvoker.without(invocation.fields(), rules(method).clientExclude())));
    if (invocation.is(ErrorOutcome.ERROR_EVENT)) {
      errorEvent(invocation);
    }
    return invocation.fields();
  }

  private void errorEvent(Invocation failed) {
    ObjectNode error = base();
    error.put("info", failed.exchange().method() + ": " + failed.errorText());
    clientEvents.add(new ClientEvent(ClientEvent.ERROR_EVENT, error));
  }

  private ObjectNode base() {
    return context.deepCopy();
  }

  private void requireConnected() {
    if (!connected) {
      throw new IllegalStateException("the session is not connected (" + status() + refusal().map(r -> ": " + r).orElse("") + ")");
    }
  }

  private void requireActive(Stream stream) {
    requireConnected();
    if (!stream.active()) {
      throw new IllegalStateException(stream + " is not running");
    }
  }

  private static String text(ObjectNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  @Override
  public String toString() {
    return "Session[" + sessionId() + " " + status() + "]";
  }
}
