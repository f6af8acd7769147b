package io.wcshooks.sample;

import io.wcshooks.api.HookContext;
import io.wcshooks.api.HookResult;
import io.wcshooks.api.WcsHook;
import io.wcshooks.hooks.ConnectionStatus;
import io.wcshooks.hooks.ConnectionStatusEvent;
import io.wcshooks.hooks.Connect;
import io.wcshooks.hooks.RestClientConfig;
import io.wcshooks.hooks.RestOnError;
import io.wcshooks.hooks.RestPolicy;

/**
 * Who may connect, with what SIP account, and under which rules for the session's later hooks.
 */
public class AuthHooks {
  private static final String SIP_PASSWORD = "sipPassword";

  private final Sessions sessions;
  private final SampleConfig.SipAccount sip;
  private final AuditLog audit;

  public AuthHooks(Sessions sessions, SampleConfig.SipAccount sip, AuditLog audit) {
    this.sessions = sessions;
    this.sip = sip;
    this.audit = audit;
  }

  /**
   * Lets a client in with a valid {@code custom.token}; puts the server's SIP account into the
   * answer, whatever the client sent; and tells WCS to take stream names from the backend's answer
   * to publishStream and callers from its answer to call, and to act on this backend's refusals of
   * publishStream, playStream and call, and of a keep-alive (which stops the stream); and to keep
   * the SIP password out of the connection events it passes on.
   */
  @WcsHook
  public HookResult connect(Connect connect, HookContext context) {
    Sessions.Result login = sessions.authenticate(Tokens.of(connect.custom()));
    if (!login.accepted()) {
      audit.event(context).with("refused", login.refusal().reason()).write();
      return HookResult.forbid(login.refusal().reason());
    }
    sessions.open(connect.sessionId(), login.user());
    connect.sipLogin(sip.login())
        .sipAuthenticationName(sip.authenticationName())
        .sipPassword(sip.password())
        .sipDomain(sip.domain())
        .sipOutboundProxy(sip.outboundProxy())
        .sipPort(sip.port())
        .restClientConfig(RestClientConfig.create()
            // FAIL: under WCS's default LOG a 403 to these is only logged and the action goes on.
            .publishStream(m -> m.restPolicy(RestPolicy.OVERWRITE).restOverwrite("name").restOnError(RestOnError.FAIL))
            .playStream(m -> m.restOnError(RestOnError.FAIL))
            .call(m -> m.restPolicy(RestPolicy.OVERWRITE).restOverwrite("caller").restOnError(RestOnError.FAIL))
            .streamKeepAliveEvent(m -> m.restOnError(RestOnError.FAIL))
            // WCS sends the session's fields, the SIP password included, with every
            // ConnectionStatusEvent, to the client as well as to this backend: keep it on the server.
            .connectionStatusEvent(m -> m.clientExclude(SIP_PASSWORD).restExclude(SIP_PASSWORD)));
    audit.event(context).with("user", login.user()).write();
    return HookResult.echo();
  }

  @WcsHook("ConnectionStatusEvent")
  public void connectionStatus(ConnectionStatusEvent event, HookContext context) {
    ConnectionStatus status = event.status();
    audit.event(context)
        .with("user", sessions.user(event.sessionId()).orElse(null))
        .with("status", status)
        .with("info", event.info())
        .write();
    if (ConnectionStatus.DISCONNECTED.equals(status) || ConnectionStatus.FAILED.equals(status)) {
      sessions.close(event.sessionId());
    }
  }
}
