package io.wcshooks.sample;

import io.wcshooks.runtime.logging.RedactedJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sample's settings: a properties file (the bundled {@code sample.properties} unless
 * {@code --config FILE} or {@code WCS_SAMPLE_CONFIG} names another), each key overridable by an
 * environment variable {@code WCS_SAMPLE_<KEY>} (upper case, dots as underscores, e.g.
 * {@code WCS_SAMPLE_SIP_PASSWORD}).
 *
 * @param port the port to listen on
 * @param basePath the path the hooks are under
 * @param tokens the tokens clients may connect with
 * @param sip the SIP account put into connect and call answers
 * @param blockedStreams streams stopped at their next keep-alive
 * @param publicPrefix streams every user may play
 * @param disableUnhandledHooks whether connect turns off, for the session, the hooks the sample has
 *     no handler for (WCS does not call them at all)
 * @param sessionIdleTimeout how long a session no hook names is remembered without a DISCONNECTED
 */
public record SampleConfig(
    int port, String basePath, Map<String, Token> tokens, SipAccount sip, Set<String> blockedStreams, String publicPrefix,
    boolean disableUnhandledHooks, Duration sessionIdleTimeout) {

  public static final String BUNDLED = "sample.properties";
  public static final String CONFIG_ENV = "WCS_SAMPLE_CONFIG";
  public static final String ENV_PREFIX = "WCS_SAMPLE_";

  public SampleConfig {
    tokens = Map.copyOf(tokens);
    blockedStreams = Set.copyOf(blockedStreams);
  }

  /** Without the tokens, which are secrets like the SIP password ({@link SipAccount#toString()}). */
  @Override
  public String toString() {
    return "SampleConfig[port=" + port + ", basePath=" + basePath + ", tokens=" + tokens.size() + " (for "
        + tokens.values().stream().map(Token::user).distinct().sorted().collect(Collectors.joining(", ")) + "), sip=" + sip
        + ", blockedStreams=" + blockedStreams + ", publicPrefix=" + publicPrefix + ", disableUnhandledHooks="
        + disableUnhandledHooks + ", sessionIdleTimeout=" + sessionIdleTimeout + "]";
  }

  /**
   * A token a client puts in {@code custom.token}.
   *
   * @param user the user it authenticates
   * @param expires when it stops working, if ever
   */
  public record Token(String user, Optional<Instant> expires) {}

  /**
   * The SIP account the browser never sees.
   *
   * @param login SIP login
   * @param authenticationName SIP authentication name
   * @param password SIP password
   * @param domain SIP domain
   * @param outboundProxy SIP outbound proxy
   * @param port SIP port
   */
  public record SipAccount(
      String login, String authenticationName, String password, String domain, String outboundProxy, int port) {
    /** The password shows as the runtime's logs show credentials: {@value RedactedJson#HIDDEN}. */
    @Override
    public String toString() {
      return "SipAccount[login=" + login + ", domain=" + domain + ", password=" + RedactedJson.HIDDEN + "]";
    }
  }

  /** Reads the file named by {@code file} (or {@code WCS_SAMPLE_CONFIG}, or the bundled one) and the environment. */
  public static SampleConfig load(Optional<Path> file, Map<String, String> env) {
    Properties properties = new Properties();
    Optional<Path> chosen = file.or(() -> Optional.ofNullable(env.get(CONFIG_ENV)).filter(s -> !s.isBlank()).map(Path::of));
    try {
      if (chosen.isPresent()) {
        try (Reader reader = Files.newBufferedReader(chosen.get(), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
      } else {
        try (InputStream in = SampleConfig.class.getClassLoader().getResourceAsStream(BUNDLED)) {
          if (in == null) {
            throw new IllegalStateException("the bundled " + BUNDLED + " is missing from the classpath");
          }
          properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the configuration " + chosen.map(Path::toString).orElse(BUNDLED)
          + ": " + problem(e), e);
    }
    return from(properties, env);
  }

  /**
   * What went wrong reading the file: the file system's exceptions give just the path as their
   * message ("cannot read the configuration /etc/x: /etc/x" said nothing).
   */
  private static String problem(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage();
  }

  static SampleConfig from(Properties file, Map<String, String> env) {
    Settings settings = new Settings(file, env, new HashSet<>());
    SampleConfig config = new SampleConfig(
        settings.port("server.port", 9091, 0),
        settings.text("server.basePath", "/rest-hooks"),
        tokens(settings.text("tokens", "")),
        new SipAccount(
            settings.text("sip.login", ""),
            settings.text("sip.authenticationName", settings.text("sip.login", "")),
            settings.text("sip.password", ""),
            settings.text("sip.domain", ""),
            settings.text("sip.outboundProxy", settings.text("sip.domain", "")),
            settings.port("sip.port", 5060, 1)),
        Set.copyOf(list(settings.text("streams.blocked", ""))),
        settings.text("streams.publicPrefix", "public/"),
        settings.bool("hooks.disableUnhandled", true),
        settings.duration("sessions.idleTimeout", Sessions.DEFAULT_IDLE_TIMEOUT));
    settings.rejectUnknown();
    return config;
  }

  /** {@code token:user} or {@code token:user@2026-12-31T00:00:00Z}, comma-separated. */
  static Map<String, Token> tokens(String spec) {
    Map<String, Token> tokens = new LinkedHashMap<>();
    List<String> entries = list(spec);
    for (int n = 0; n < entries.size(); n++) {
      String entry = entries.get(n);
      // Messages name an entry by its place, never by its text: it holds a secret token.
      String place = "tokens: entry " + (n + 1) + " of " + entries.size();
      int colon = entry.indexOf(':');
      // Spaces around the colon and the @ are layout, not part of a token or a user name.
      String token = colon < 0 ? "" : entry.substring(0, colon).strip();
      String user = colon < 0 ? "" : entry.substring(colon + 1).strip();
      Optional<Instant> expires = Optional.empty();
      int at = user.indexOf('@');
      if (at >= 0) {
        try {
          expires = Optional.of(Instant.parse(user.substring(at + 1).strip()));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(place + " has an expiry that is not an ISO-8601 instant"
              + " such as 2026-12-31T00:00:00Z", e);
        }
        user = user.substring(0, at).strip();
      }
      if (token.isEmpty() || user.isEmpty()) {
        throw new IllegalArgumentException(place + " is not token:user or token:user@expiry");
      }
      if (user.contains("/")) {
        // A user's streams are user/...: "alice/x" would publish into, and play, alice's streams.
        throw new IllegalArgumentException("tokens: the user name '" + user + "' contains '/'");
      }
      Token previous = tokens.put(token, new Token(user, expires));
      if (previous != null) {
        // Not repeated in the message: the token is a secret; the users say which entries.
        throw new IllegalArgumentException("tokens: a token is listed more than once (for users "
            + previous.user() + " and " + user + "); each token must name one user");
      }
    }
    return tokens;
  }

  private static List<String> list(String value) {
    return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toList());
  }

  /** A key's value: the environment first, then the file, then the default; remembers the keys read. */
  private record Settings(Properties file, Map<String, String> env, Set<String> known) {
    String text(String key, String defaultValue) {
      known.add(key);
      String fromEnv = env.get(envName(key));
      if (fromEnv != null) {
        return fromEnv.trim();
      }
      return file.getProperty(key, defaultValue).trim();
    }

    /**
     * The key as an error message names it: with the variable its value came from, when it did, so
     * that an operator who set {@code WCS_SAMPLE_SIP_PORT} is not sent to look in the file.
     */
    String source(String key) {
      String name = envName(key);
      return env.containsKey(name) ? name + " (" + key + ")" : key;
    }

    static String envName(String key) {
      return ENV_PREFIX + key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * A key the sample does not read is a mistake (sip.pasword=...), not something to ignore: it
     * would leave the real key at its default without a word. Values are not shown: they may be secrets.
     */
    void rejectUnknown() {
      List<String> unknown = new ArrayList<>();
      for (String key : file.stringPropertyNames()) {
        if (!known.contains(key)) {
          unknown.add(key);
        }
      }
      Set<String> envNames = known.stream().map(Settings::envName).collect(Collectors.toSet());
      for (String name : env.keySet()) {
        if (name.startsWith(ENV_PREFIX) && !name.equals(CONFIG_ENV) && !envNames.contains(name)) {
          unknown.add(name);
        }
      }
      if (!unknown.isEmpty()) {
        Collections.sort(unknown);
        throw new IllegalArgumentException("unknown setting " + String.join(", ", unknown) + "; the settings are "
            + known.stream().sorted().collect(Collectors.joining(", ")));
      }
    }

    Duration duration(String key, Duration defaultValue) {
      String value = text(key, defaultValue.toString());
      try {
        Duration duration = Duration.parse(value);
        if (!duration.isNegative() && !duration.isZero()) {
          return duration;
        }
      } catch (DateTimeParseException e) {
        // named below
      }
      throw new IllegalArgumentException(source(key) + " must be a positive ISO-8601 duration such as PT24H, not '"
          + value + "'");
    }

    boolean bool(String key, boolean defaultValue) {
      String value = text(key, Boolean.toString(defaultValue));
      if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(value);
      }
      throw new IllegalArgumentException(source(key) + ": '" + value + "' is not true or false");
    }

    int port(String key, int defaultValue, int lowest) {
      String value = text(key, Integer.toString(defaultValue));
      try {
        int port = Integer.parseInt(value);
        if (port >= lowest && port <= 65_535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // named below
      }
      throw new IllegalArgumentException(source(key) + " must be a port number from " + lowest + " to 65535, not '"
          + value + "'");
    }
  }
}
