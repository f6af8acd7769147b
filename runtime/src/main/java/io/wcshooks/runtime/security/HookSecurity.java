package io.wcshooks.runtime.security;

import io.wcshooks.runtime.HookCall;
import io.wcshooks.runtime.WcsHooksFeature;
import io.wcshooks.runtime.http.ErrorBodies;
import io.wcshooks.runtime.json.HookJson;
import io.wcshooks.runtime.json.JsonLimits;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Who may call the hooks: WCS's signed hooks, or HTTP Basic authentication, checked on every hook
 * call before the body is parsed and before any handler runs. Register it on the hooks
 * application:
 *
 * <pre>{@code
 * ResourceConfig hooks = WcsHooks.builder().myHooks(new MyHooks()).build();
 * hooks.register(HookSecurity.builder().signatureSecret(secret).build());
 * // or: hooks.register(HookSecurity.builder().basicAuth("wcs", password).build());
 * // or: hooks.register(HookSecurity.fromEnvironment(System.getenv()));
 * }</pre>
 *
 * <h2>Signed hooks</h2>
 * With {@code rest_hook_send_hash=true} and {@code rest_hook_secret_key=<secret>} in WCS's
 * settings, WCS sends {@code Authorization: WCS <hex HMAC-MD5 of the body, keyed by the secret>}
 * (see {@link HookSignature}). A hook call without it, or with a signature that is not the body's,
 * gets {@code 403 {"status":403,"reason":"..."}}. The body is hashed exactly as received, before
 * anything parses it; it is read at most up to the body limit ({@code 413} beyond). The hex is read
 * case-insensitively and compared in constant time.
 *
 * <h2>HTTP Basic authentication</h2>
 * An application with {@code restUsername}/{@code restPassword} in WCS makes WCS authenticate
 * with {@code Authorization: Basic ...}. A hook call without those credentials gets
 * {@code 401 {"status":401,"reason":"..."}} with
 * {@code WWW-Authenticate: Basic realm="wcs-hooks", charset="UTF-8"}. The credentials are compared
 * in constant time, as UTF-8 or, for Java clients that ignore the charset, ISO-8859-1.
 *
 * <h2>One or the other</h2>
 * Both schemes use the one {@code Authorization} header, which carries one scheme, so a request
 * cannot carry both: configuring both is refused with an {@link IllegalArgumentException}. Choose
 * signed hooks where the WCS build supports them (they also prove the body was not altered), Basic
 * authentication otherwise. Neither hides the traffic: put TLS in front (a reverse proxy).
 *
 * <h2>What is checked</h2>
 * Every hook method (every resource method that takes a {@link HookCall}). The health endpoint
 * ({@code GET <base>/_health}) stays open for load balancers, and an unknown path is a 404 either
 * way. The signature covers the body only, not the path or the time: a recorded call can be
 * replayed, to the same or another hook, by whoever can see the traffic; TLS prevents that.
 *
 * <p>Refusals are logged as warnings on the {@code io.wcshooks.security} logger, at most one line a
 * minute with a count of the others, so that a wrong secret shows at once without a forged-request
 * flood filling the log.
 */
public final class HookSecurity implements DynamicFeature {
  /** The environment variable {@link #fromEnvironment} reads the signature secret from. */
  public static final String SECRET_KEY_VARIABLE = "WCS_HOOKS_SECRET_KEY";
  /** The environment variable {@link #fromEnvironment} reads the Basic user name from. */
  public static final String USERNAME_VARIABLE = "WCS_HOOKS_USERNAME";
  /** The environment variable {@link #fromEnvironment} reads the Basic password from. */
  public static final String PASSWORD_VARIABLE = "WCS_HOOKS_PASSWORD";

  private static final String VARIABLE_PREFIX = "WCS_HOOKS_";
  /**
   * What the name of a variable meant for authentication holds (and no server setting's does:
   * {@code PORT}, {@code HOST}, {@code BASE_PATH}, {@code FAST_PATH}, {@code CONTAINER}).
   */
  private static final List<String> CREDENTIAL_WORDS = List.of("SECRET", "KEY", "PASS", "PWD", "USER", "LOGIN",
      "AUTH", "TOKEN", "HASH", "SIGN", "CRED", "HMAC");

  /** The realm of the {@code WWW-Authenticate} challenge. */
  public static final String REALM = "wcs-hooks";

  static final String MISSING_CREDENTIALS = "Missing credentials";
  static final String WRONG_CREDENTIALS = "Wrong credentials";
  /**
   * With {@code charset="UTF-8"} (RFC 7617): without it the JDK's HTTP clients, WCS's among them,
   * encode non-ASCII credentials in ISO-8859-1.
   */
  static final String CHALLENGE = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
  /** How to fix a credential with whitespace at an end (never showing the credential). */
  private static final String WHITESPACE_ALONE = "WCS's setting almost certainly lacks it, and then every hook call"
      + " is refused; remove it";
  /** What a null credential most likely is: {@code System.getenv} of a variable that is not set. */
  private static final String NULL_HINT = ": is the environment variable or property it was read from not set?"
      + " (HookSecurity.fromEnvironment reads WCS_HOOKS_SECRET_KEY, or WCS_HOOKS_USERNAME and WCS_HOOKS_PASSWORD,"
      + " and leaves the hooks open when none is set)";
  private static final String BASIC_HINT = "the WCS application's restUsername and restPassword must be the"
      + " backend's user name and password";

  static final String MISSING_SIGNATURE = "Missing hook signature";
  static final String WRONG_SIGNATURE = "Wrong hook signature";
  private static final String SIGNATURE_HINT = "WCS must send signed hooks (rest_hook_send_hash=true) with a"
      + " rest_hook_secret_key equal to the backend's signature secret";

  /** How hook calls are authenticated. */
  public enum Mode {
    /** Not at all: anyone who reaches the server may call the hooks. */
    NONE,
    /** {@code Authorization: WCS <HMAC-MD5 of the body>}. */
    SIGNATURE,
    /** {@code Authorization: Basic ...}. */
    BASIC
  }

  private final Mode mode;
  private final HookSignature signature;
  private final byte[] basicCredentials;
  /** The same in ISO-8859-1 when that differs and can hold them (a non-ASCII Latin-1 password), else null. */
  private final byte[] latin1Credentials;
  private final String username;
  private final RefusalLog refusals = new RefusalLog();

  private HookSecurity(Mode mode, HookSignature signature, String username, String password) {
    this.mode = mode;
    this.signature = signature;
    this.username = username;
    this.basicCredentials = username == null ? null : (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    this.latin1Credentials = username == null ? null : latin1((username + ":" + password));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** No authentication: registering it changes nothing. For configurations that may turn it off. */
  public static HookSecurity none() {
    return new HookSecurity(Mode.NONE, null, null, null);
  }

  /**
   * The security an environment asks for: a signature secret in {@value #SECRET_KEY_VARIABLE}, or
   * a user and password in {@value #USERNAME_VARIABLE} and {@value #PASSWORD_VARIABLE}; with none
   * of them set, {@link #none()}.
   *
   * @throws IllegalArgumentException for both schemes at once, a user without a password (or the
   *     reverse), a variable that is set but blank (a secret reference that resolved to nothing
   *     must not start a backend that lets every call in) or that starts or ends with whitespace
   *     (a secret file's line break, which would refuse every call), or a {@code WCS_HOOKS_} variable that
   *     looks like a credential but is not one of the three (a misspelt {@code WCS_HOOKS_SECRET} or
   *     {@code WCS_HOOKS_SECRET_KEY_FILE} would leave the hooks open as silently), naming the variables
   */
  public static HookSecurity fromEnvironment(Map<String, String> env) {
    refuseLookalikes(env);
    String secret = setOrAbsent(env, SECRET_KEY_VARIABLE);
    String user = setOrAbsent(env, USERNAME_VARIABLE);
    String password = setOrAbsent(env, PASSWORD_VARIABLE);
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException("HTTP Basic authentication needs both " + USERNAME_VARIABLE
          + " and " + PASSWORD_VARIABLE + "; only " + (user == null ? PASSWORD_VARIABLE : USERNAME_VARIABLE) + " is set");
    }
    if (secret != null && user != null) {
      throw new IllegalArgumentException(SECRET_KEY_VARIABLE + " and " + USERNAME_VARIABLE + "/" + PASSWORD_VARIABLE
          + " are both set: WCS sends either a signature or Basic credentials in its one Authorization header;"
          + " set one of them");
    }
    if (secret != null) {
      return builder().signatureSecret(secret).build();
    }
    if (user != null) {
      return builder().basicAuth(user, password).build();
    }
    return none();
  }

  /** How hook calls are authenticated. */
  public Mode mode() {
    return mode;
  }

  /** Adds the check to every hook method. */
  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    if (mode == Mode.NONE || !isHookMethod(resourceInfo.getResourceMethod())) {
      return;
    }
    ErrorBodies errors = new ErrorBodies(new HookJson(JsonLimits.DEFAULTS));
    if (mode == Mode.SIGNATURE) {
      context.register(new SignatureFilter(this, maxBodyBytes(context), errors), Priorities.AUTHENTICATION);
    } else {
      context.register(new BasicAuthFilter(this, errors), Priorities.AUTHENTICATION);
    }
  }

  /**
   * What can be checked before the body is read: for Basic authentication everything, for signed
   * hooks that there is a signature. Refusals are logged (at most a line a minute).
   *
   * @param hook the hook called, for the log
   * @param authorization the request's {@code Authorization} header values (null for none)
   * @return the refusal, or null when the call may go on
   */
  public Refusal checkHeaders(String hook, List<String> authorization) {
    return switch (mode) {
      case NONE -> null;
      case SIGNATURE -> Authorization.credentials(authorization, HookSignature.SCHEME) == null
          ? refuse(hook, 403, MISSING_SIGNATURE, null, SIGNATURE_HINT)
          : null;
      case BASIC -> checkBasic(hook, Authorization.credentials(authorization, "Basic"));
    };
  }

  /**
   * The {@code Authorization} header WCS would send with this body: the signature, the Basic
   * credentials, or null when calls are open. For the server's own synthetic calls (warm-up).
   */
  public String authorizationFor(byte[] body) {
    return switch (mode) {
      case NONE -> null;
      case SIGNATURE -> signature.authorization(body);
      case BASIC -> "Basic " + Base64.getEncoder().encodeToString(basicCredentials);
    };
  }

  /** Whether {@link #checkBody} needs the body: for signed hooks. */
  public boolean checksBody() {
    return mode == Mode.SIGNATURE;
  }

  /**
   * The signature check, on the body exactly as received; call it after {@link #checkHeaders}
   * passed.
   *
   * @return the refusal, or null when the call may go on
   */
  public Refusal checkBody(String hook, List<String> authorization, byte[] body) {
    if (mode != Mode.SIGNATURE) {
      return null;
    }
    String hex = Authorization.credentials(authorization, HookSignature.SCHEME);
    return hex != null && signature.matches(body, hex) ? null : refuse(hook, 403, WRONG_SIGNATURE, null, SIGNATURE_HINT);
  }

  private Refusal checkBasic(String hook, String encoded) {
    if (encoded == null) {
      return refuse(hook, 401, MISSING_CREDENTIALS, CHALLENGE, BASIC_HINT);
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException notBase64) {
      return refuse(hook, 401, WRONG_CREDENTIALS, CHALLENGE, BASIC_HINT);
    }
    // isEqual's time depends only on the length of its first argument, never on the contents; both
    // forms are always compared, so the time does not tell which one came either.
    boolean utf8 = MessageDigest.isEqual(basicCredentials, given);
    boolean latin1 = latin1Credentials != null && MessageDigest.isEqual(latin1Credentials, given);
    return utf8 | latin1 ? null : refuse(hook, 401, WRONG_CREDENTIALS, CHALLENGE, BASIC_HINT);
  }

  /**
   * Credentials in ISO-8859-1, as Java clients that ignore the challenge's charset send them (Java 8's,
   * which WCS runs on); null when that is their UTF-8 form (ASCII) or cannot hold them.
   */
  private static byte[] latin1(String credentials) {
    if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(credentials)) {
      return null;
    }
    byte[] latin1 = credentials.getBytes(StandardCharsets.ISO_8859_1);
    return Arrays.equals(latin1, credentials.getBytes(StandardCharsets.UTF_8)) ? null : latin1;
  }

  /**
   * Writes the count of refused calls not yet logged (the warning is throttled) now; the servers
   * call it when the application stops, so that a stopped application's count is neither lost nor
   * written long after.
   */
  public void flushRefusalLog() {
    refusals.flush();
  }

  private Refusal refuse(String hook, int status, String reason, String challenge, String hint) {
    refusals.refused(hook, status, reason, hint);
    return new Refusal(status, reason, challenge);
  }

  private static boolean isHookMethod(Method method) {
    return method != null && List.of(method.getParameterTypes()).contains(HookCall.class);
  }

  private static int maxBodyBytes(FeatureContext context) {
    Object value = context.getConfiguration().getProperty(WcsHooksFeature.MAX_BODY_BYTES);
    return value instanceof Integer limit ? limit : JsonLimits.DEFAULTS.maxBodyBytes();
  }

  /**
   * Refuses a variable named like a credential under the {@code WCS_HOOKS_} prefix (in any case)
   * that is not one this class reads: the operator meant to authenticate the hooks, and without
   * this the misspelling would start them open.
   */
  private static void refuseLookalikes(Map<String, String> env) {
    for (String name : env.keySet()) {
      if (name == null || !name.regionMatches(true, 0, VARIABLE_PREFIX, 0, VARIABLE_PREFIX.length())
          || name.equals(SECRET_KEY_VARIABLE) || name.equals(USERNAME_VARIABLE) || name.equals(PASSWORD_VARIABLE)) {
        continue;
      }
      String rest = name.substring(VARIABLE_PREFIX.length()).toUpperCase(Locale.ROOT);
      if (CREDENTIAL_WORDS.stream().anyMatch(rest::contains)) {
        throw new IllegalArgumentException(name + " is set, but hook authentication reads only " + SECRET_KEY_VARIABLE
            + " (signed hooks) or " + USERNAME_VARIABLE + " and " + PASSWORD_VARIABLE + " (HTTP Basic), by value;"
            + " rename it, or unset it");
      }
    }
  }

  /** The variable's value, or null when it is not set; refused when blank or with whitespace at an end. */
  private static String setOrAbsent(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " is set but empty: give it a value, or unset it to run without"
          + " authenticating hook calls");
    }
    if (value != null && hasWhitespaceAtAnEnd(value)) {
      throw new IllegalArgumentException(name + " starts or ends with whitespace, such as the line break at the end"
          + " of the file it was read from: " + WHITESPACE_ALONE);
    }
    return value;
  }

  /**
   * Whether a credential starts or ends with whitespace. WCS's setting almost certainly does not
   * (a trailing newline comes from the file or command a secret was read from), and a key or
   * password that differs from WCS's by it refuses every call, with nothing at start to say why.
   */
  private static boolean hasWhitespaceAtAnEnd(String value) {
    return !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1)));
  }

  @Override
  public String toString() {
    return switch (mode) {
      case NONE -> "HookSecurity[none]";
      case SIGNATURE -> "HookSecurity[signed hooks, HMAC-MD5]";
      case BASIC -> "HookSecurity[HTTP Basic, user " + username + "]";
    };
  }

  /** Chooses one scheme. */
  public static final class Builder {
    private String secret;
    private String username;
    private String password;

    private Builder() {}

    /**
     * Requires signed hooks: WCS's {@code rest_hook_send_hash=true} with this secret as its
     * {@code rest_hook_secret_key}.
     *
     * @throws NullPointerException when the secret is null, e.g. {@code System.getenv} of a variable not set
     * @throws IllegalArgumentException when the secret is empty or blank, or starts or ends with
     *     whitespace (as a secret read from a file with its line break does)
     */
    public Builder signatureSecret(String secret) {
      Objects.requireNonNull(secret, "the signature secret is null" + NULL_HINT);
      if (secret.isBlank()) {
        throw new IllegalArgumentException("the signature secret is empty or blank");
      }
      if (hasWhitespaceAtAnEnd(secret)) {
        throw new IllegalArgumentException("the signature secret starts or ends with whitespace: " + WHITESPACE_ALONE);
      }
      this.secret = secret;
      return this;
    }

    /**
     * Requires HTTP Basic authentication with these credentials: the WCS application's
     * {@code restUsername} and {@code restPassword}.
     *
     * @throws NullPointerException when either is null, e.g. {@code System.getenv} of a variable not set
     * @throws IllegalArgumentException when either is empty or blank, or starts or ends with
     *     whitespace, or the user name has a colon (which Basic authentication cannot carry)
     */
    public Builder basicAuth(String username, String password) {
      Objects.requireNonNull(username, "the HTTP Basic user name is null" + NULL_HINT);
      Objects.requireNonNull(password, "the HTTP Basic password is null" + NULL_HINT);
      if (username.isBlank() || password.isBlank()) {
        throw new IllegalArgumentException("HTTP Basic authentication needs a non-empty user name and password");
      }
      if (hasWhitespaceAtAnEnd(username) || hasWhitespaceAtAnEnd(password)) {
        String which = hasWhitespaceAtAnEnd(username) ? "user name" : "password";
        throw new IllegalArgumentException("the HTTP Basic " + which + " starts or ends with whitespace: "
            + WHITESPACE_ALONE);
      }
      if (username.indexOf(':') >= 0) {
        throw new IllegalArgumentException("an HTTP Basic user name cannot contain ':'");
      }
      this.username = username;
      this.password = password;
      return this;
    }

    /**
     * @throws IllegalArgumentException when both schemes were chosen: they are alternatives
     * @throws IllegalStateException when neither was (use {@link HookSecurity#none()} for that)
     */
    public HookSecurity build() {
      if (secret != null && username != null) {
        throw new IllegalArgumentException("signed hooks and HTTP Basic authentication are alternatives: WCS sends"
            + " either 'Authorization: WCS <signature>' or 'Authorization: Basic ...' in its one Authorization"
            + " header, never both; configure one of them");
      }
      if (secret != null) {
        return new HookSecurity(Mode.SIGNATURE, new HookSignature(secret), null, null);
      }
      if (username != null) {
        return new HookSecurity(Mode.BASIC, null, username, password);
      }
      throw new IllegalStateException("no scheme chosen: call signatureSecret(...) or basicAuth(...),"
          + " or use HookSecurity.none() to leave the hooks open");
    }
  }
}
