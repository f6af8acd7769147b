package io.wcshooks.runtime.server;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where {@link WcsHookServer} listens: the interface, the port and the base path the hooks answer
 * under ({@code <basePath>/<hook>}).
 *
 * <p>Read them from a main's arguments and the environment with {@link #fromEnvironment}; a
 * command-line flag wins over the environment, which wins over the default:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>flag</th><th>environment</th><th>default</th></tr>
 *   <tr><td>{@code --port N}</td><td>{@code WCS_HOOKS_PORT}</td><td>{@value #DEFAULT_PORT} (0 picks a free port)</td></tr>
 *   <tr><td>{@code --host H}</td><td>{@code WCS_HOOKS_HOST}</td><td>{@value #DEFAULT_HOST} (every interface)</td></tr>
 *   <tr><td>{@code --base-path /p}</td><td>{@code WCS_HOOKS_BASE_PATH}</td><td>{@value #DEFAULT_BASE_PATH}</td></tr>
 *   <tr><td>{@code --fast-path true|false}</td><td>{@code WCS_HOOKS_FAST_PATH}</td><td>{@code true}</td></tr>
 *   <tr><td>{@code --container jetty|grizzly}</td><td>{@code WCS_HOOKS_CONTAINER}</td><td>{@code jetty}</td></tr>
 * </table>
 *
 * <p>Flags are written {@code --port 9091} or {@code --port=9091}.
 *
 * @param host the host name or IP address to bind, e.g. {@code 0.0.0.0}, {@code 127.0.0.1}, {@code ::}
 * @param port the TCP port, 0 to 65535; 0 picks a free port (see {@link WcsHookServer#port()})
 * @param basePath the path the hooks answer under, normalised: {@code /} or {@code /a/b}, with a
 *     leading slash and no trailing one (so {@code rest-hooks/} becomes {@code /rest-hooks})
 * @param fastPath whether well-formed hook calls are answered before Jersey's request pipeline
 *     (see {@link WcsHookServer}); {@code false} sends every request through Jersey, slower, with
 *     the same answers
 * @param container the HTTP container to run on (see {@link ServerContainer})
 */
public record ServerSettings(String host, int port, String basePath, boolean fastPath, ServerContainer container) {
  /** The container unless one is chosen: the one that is fastest here from the first second on. */
  public static final ServerContainer DEFAULT_CONTAINER = ServerContainer.JETTY;
  public static final int DEFAULT_PORT = 9091;
  public static final String DEFAULT_HOST = "0.0.0.0";
  public static final String DEFAULT_BASE_PATH = "/";

  public static final String PORT_ENV = "WCS_HOOKS_PORT";
  public static final String HOST_ENV = "WCS_HOOKS_HOST";
  public static final String BASE_PATH_ENV = "WCS_HOOKS_BASE_PATH";
  public static final String FAST_PATH_ENV = "WCS_HOOKS_FAST_PATH";
  public static final String CONTAINER_ENV = "WCS_HOOKS_CONTAINER";

  public static final String PORT_FLAG = "--port";
  public static final String HOST_FLAG = "--host";
  public static final String BASE_PATH_FLAG = "--base-path";
  public static final String FAST_PATH_FLAG = "--fast-path";
  public static final String CONTAINER_FLAG = "--container";

  /** What a base path segment may hold: URL-safe characters that need no encoding anywhere. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

  public ServerSettings {
    host = checkHost(host, "host");
    checkPort(port, "port");
    basePath = normaliseBasePath(basePath, "basePath");
    Objects.requireNonNull(container, "container");
  }

  /** Settings on the {@linkplain #DEFAULT_CONTAINER default container}. */
  public ServerSettings(String host, int port, String basePath, boolean fastPath) {
    this(host, port, basePath, fastPath, DEFAULT_CONTAINER);
  }

  /** Settings with the fast path on. */
  public ServerSettings(String host, int port, String basePath) {
    this(host, port, basePath, true);
  }

  /** Port {@value #DEFAULT_PORT} on every interface, hooks at the root. */
  public static ServerSettings defaults() {
    return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_BASE_PATH);
  }

  /**
   * Reads the settings from a main's arguments, then the environment, then the defaults.
   *
   * @param args {@code --port N}, {@code --host H}, {@code --base-path /p}, {@code --fast-path false},
   *     {@code --container grizzly} (or {@code --flag=value});
   *     nothing else is accepted
   * @param env usually {@code System.getenv()}
   * @throws IllegalArgumentException naming the flag or variable, for an unknown flag, a flag
   *     without a value or given twice, or a value out of range
   */
  public static ServerSettings fromEnvironment(String[] args, Map<String, String> env) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(env, "env");
    String portFlag = null;
    String hostFlag = null;
    String basePathFlag = null;
    String fastPathFlag = null;
    String containerFlag = null;
    for (int i = 0; i < args.length; i++) {
      String arg = Objects.requireNonNull(args[i], "args[" + i + "]");
      String flag = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        flag = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (!flag.equals(PORT_FLAG) && !flag.equals(HOST_FLAG) && !flag.equals(BASE_PATH_FLAG)
          && !flag.equals(FAST_PATH_FLAG) && !flag.equals(CONTAINER_FLAG)) {
        throw new IllegalArgumentException("unknown argument '" + arg + "'; the server takes "
            + PORT_FLAG + " N, " + HOST_FLAG + " H, " + BASE_PATH_FLAG + " /path, " + FAST_PATH_FLAG + " true|false and "
            + CONTAINER_FLAG + " jetty|grizzly");
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1] == null || args[i + 1].startsWith("--")) {
          throw new IllegalArgumentException(flag + " needs a value");
        }
        value = args[++i];
      }
      boolean repeated = switch (flag) {
        case PORT_FLAG -> portFlag != null;
        case HOST_FLAG -> hostFlag != null;
        case FAST_PATH_FLAG -> fastPathFlag != null;
        case CONTAINER_FLAG -> containerFlag != null;
        default -> basePathFlag != null;
      };
      if (repeated) {
        throw new IllegalArgumentException(flag + " is given more than once");
      }
      switch (flag) {
        case PORT_FLAG -> portFlag = value;
        case HOST_FLAG -> hostFlag = value;
        case FAST_PATH_FLAG -> fastPathFlag = value;
        case CONTAINER_FLAG -> containerFlag = value;
        default -> basePathFlag = value;
      }
    }

    String host = hostFlag != null
        ? checkHost(hostFlag, HOST_FLAG)
        : env.containsKey(HOST_ENV) ? checkHost(env.get(HOST_ENV), HOST_ENV) : DEFAULT_HOST;
    int port = portFlag != null
        ? parsePort(portFlag, PORT_FLAG)
        : env.containsKey(PORT_ENV) ? parsePort(env.get(PORT_ENV), PORT_ENV) : DEFAULT_PORT;
    String basePath = basePathFlag != null
        ? normaliseBasePath(basePathFlag, BASE_PATH_FLAG)
        : env.containsKey(BASE_PATH_ENV)
            ? normaliseBasePath(env.get(BASE_PATH_ENV), BASE_PATH_ENV)
            : DEFAULT_BASE_PATH;
    boolean fastPath = fastPathFlag != null
        ? parseBoolean(fastPathFlag, FAST_PATH_FLAG)
        : !env.containsKey(FAST_PATH_ENV) || parseBoolean(env.get(FAST_PATH_ENV), FAST_PATH_ENV);
    ServerContainer container = containerFlag != null
        ? parseContainer(containerFlag, CONTAINER_FLAG)
        : env.containsKey(CONTAINER_ENV) ? parseContainer(env.get(CONTAINER_ENV), CONTAINER_ENV) : DEFAULT_CONTAINER;
    return new ServerSettings(host, port, basePath, fastPath, container);
  }

  /** These settings with another port (e.g. 0 in tests). */
  public ServerSettings withPort(int newPort) {
    return new ServerSettings(host, newPort, basePath, fastPath, container);
  }

  /** These settings with another host. */
  public ServerSettings withHost(String newHost) {
    return new ServerSettings(newHost, port, basePath, fastPath, container);
  }

  /** These settings with another base path (normalised). */
  public ServerSettings withBasePath(String newBasePath) {
    return new ServerSettings(host, port, newBasePath, fastPath, container);
  }

  /** These settings with the fast path on or off. */
  public ServerSettings withFastPath(boolean on) {
    return new ServerSettings(host, port, basePath, on, container);
  }

  /** These settings on another container. */
  public ServerSettings withContainer(ServerContainer other) {
    return new ServerSettings(host, port, basePath, fastPath, other);
  }

  /**
   * Normalises a base path: adds the leading slash, drops trailing ones; blank means the root
   * {@code /}.
   *
   * @param source the flag, variable or parameter the value came from, for the error message
   * @throws IllegalArgumentException for a path with an empty ({@code //}), {@code .} or
   *     {@code ..} segment, or a character other than ASCII letters, digits and {@code - . _ ~}
   */
  static String normaliseBasePath(String path, String source) {
    if (path == null) {
      throw new IllegalArgumentException(source + " must not be null");
    }
    String trimmed = path.strip();
    int start = 0;
    while (start < trimmed.length() && trimmed.charAt(start) == '/') {
      start++;
    }
    int end = trimmed.length();
    while (end > start && trimmed.charAt(end - 1) == '/') {
      end--;
    }
    if (start == end) {
      return "/";
    }
    String inner = trimmed.substring(start, end);
    for (String segment : inner.split("/", -1)) {
      if (segment.isEmpty()) {
        throw new IllegalArgumentException(source + ": '" + path + "' has an empty segment (//)");
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(source + ": '" + path + "' has a '" + segment + "' segment");
      }
      if (!SEGMENT.matcher(segment).matches()) {
        throw new IllegalArgumentException(source + ": '" + path
            + "' is not a plain URL path (segments of ASCII letters, digits, '-', '.', '_', '~')");
      }
    }
    return "/" + inner;
  }

  private static boolean parseBoolean(String value, String source) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.equalsIgnoreCase("true")) {
      return true;
    }
    if (trimmed.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(source + ": '" + value + "' is not true or false");
  }

  private static ServerContainer parseContainer(String value, String source) {
    ServerContainer container = ServerContainer.parse(value);
    if (container == null) {
      throw new IllegalArgumentException(source + ": '" + value + "' is not a container (jetty or grizzly)");
    }
    return container;
  }

  private static int parsePort(String value, String source) {
    if (value == null) {
      throw new IllegalArgumentException(source + " must not be null");
    }
    String trimmed = value.strip();
    int port;
    try {
      port = Integer.parseInt(trimmed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": '" + value + "' is not a port number (0 to 65535)");
    }
    checkPort(port, source);
    return port;
  }

  private static void checkPort(int port, String source) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(source + ": " + port + " is out of range (0 to 65535; 0 picks a free port)");
    }
  }

  private static String checkHost(String host, String source) {
    if (host == null) {
      throw new IllegalArgumentException(source + " must not be null");
    }
    String trimmed = host.strip();
    if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
      trimmed = trimmed.substring(1, trimmed.length() - 1);
    }
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(source + " must not be blank");
    }
    if (!trimmed.matches("[A-Za-z0-9._:%-]+")) {
      throw new IllegalArgumentException(source + ": '" + host + "' is not a host name or IP address");
    }
    return trimmed;
  }
}
