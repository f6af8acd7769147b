/**
 * Deploying the hooks backend as a WAR in a servlet container, instead of running
 * {@link io.wcshooks.runtime.server.WcsHookServer}. Nothing in this package is needed: Jersey
 * deploys a {@code ResourceConfig} subclass annotated with {@code @ApplicationPath} by itself.
 *
 * <pre>{@code
 * package com.example.hooks;
 *
 * import jakarta.ws.rs.ApplicationPath;
 * import org.glassfish.jersey.server.ResourceConfig;
 *
 * @ApplicationPath("rest-hooks")
 * public class HooksApplication extends ResourceConfig {
 *   public HooksApplication() {
 *     // The generated entry point builds the application; ResourceConfig's copy constructor takes it over.
 *     super(WcsHooks.builder().myHooks(new MyHooks()).build());
 *   }
 * }
 * }</pre>
 *
 * <p>(Without the generated entry point: {@code register(new WcsHooksFeature())} and
 * {@code register(new GeneratedResource(...))} in the constructor instead.)
 *
 * <p>Put the class in the WAR's {@code WEB-INF/classes} (or a jar in {@code WEB-INF/lib}) together
 * with this runtime and its dependencies, which include {@code jersey-container-servlet}: its
 * {@code ServletContainerInitializer} finds the class at deployment, instantiates it once through
 * its public no-argument constructor, and maps a Jersey servlet to {@code /rest-hooks/*}. No
 * {@code web.xml} is needed. The hooks then answer at
 * {@code http://<server>:<port>/<war context>/rest-hooks/<method name>}, and the URL to give WCS is
 * {@code http://<server>:<port>/<war context>/rest-hooks} ({@code update app -l <url> <appKey>}).
 *
 * <p>Requirements and pitfalls:
 *
 * <ul>
 *   <li>a Jakarta Servlet 5.0 or newer container ({@code jakarta.*} packages: Tomcat 10+, Jetty 11+);
 *       a container with its own JAX-RS implementation (a full Jakarta EE server) must be told not
 *       to apply it to this WAR;
 *   <li>the class must be public, with a public no-argument constructor;
 *   <li>the handlers are created in the constructor, once per deployment; release their resources
 *       in a {@code ContainerLifecycleListener} registered on the same {@code ResourceConfig};
 *   <li>the {@code @ApplicationPath} applies to servlet deployment only: {@code WcsHookServer}
 *       ignores it and uses its own base path, so the same class also runs embedded
 *       ({@code WcsHookServer.start(new HooksApplication(), settings)});
 *   <li>a request outside the mapping (a wrong URL in WCS) gets the container's own 404, not the
 *       JSON error body the hooks answer with;
 *   <li>the Grizzly server classes are not used in a WAR; exclude
 *       {@code jersey-container-grizzly2-http} from the WAR's dependencies to keep it small.
 * </ul>
 *
 * <p>With a {@code web.xml} instead of the annotation, declare
 * {@code org.glassfish.jersey.servlet.ServletContainer} with the init parameter
 * {@code jakarta.ws.rs.Application} set to the class name, and map it to {@code /rest-hooks/*}.
 */
package io.wcshooks.runtime.servlet;
