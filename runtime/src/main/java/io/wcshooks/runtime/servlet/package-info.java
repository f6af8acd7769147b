/**
 * Deploying the hooks backend as a WAR in a servlet container, instead of running
 * {@link io.wcshooks.runtime.server.WcsHookServer}: {@link io.wcshooks.runtime.servlet.WcsHooksServlet},
 * Jersey's servlet with the embedded server's fast path in front of it.
 *
 * <pre>{@code
 * package com.example.hooks;
 *
 * import io.wcshooks.runtime.servlet.WcsHooksServlet;
 * import jakarta.servlet.annotation.WebServlet;
 *
 * @WebServlet(urlPatterns = "/rest-hooks/*", asyncSupported = true, loadOnStartup = 1)
 * public class HooksServlet extends WcsHooksServlet {
 *   public HooksServlet() {
 *     super(WcsHooks.builder().myHooks(new MyHooks()).build());
 *   }
 * }
 * }</pre>
 *
 * <p>Put the class in the WAR's {@code WEB-INF/classes} (or a jar in {@code WEB-INF/lib}) together
 * with this runtime and its dependencies; the container finds the annotation at deployment and
 * creates the servlet once, through its public no-argument constructor. No {@code web.xml} is
 * needed. The hooks then answer at
 * {@code http://<server>:<port>/<war context>/rest-hooks/<method name>}, and the URL to give WCS is
 * {@code http://<server>:<port>/<war context>/rest-hooks} ({@code update app -l <url> <appKey>}).
 * With {@code urlPatterns = "/*"} they answer at the WAR's context path itself.
 *
 * <p>Hook calls are answered as {@code WcsHookServer} answers them: on the fast path, without
 * Jersey's request pipeline, with a handler's work on the handler pool while the request waits
 * suspended ({@code asyncSupported = true}; without it, the container's thread waits for the
 * handler). Every other request (a wrong path, another method or media type) goes to Jersey, which
 * answers it as always. An application that registers filters, interceptors, exception mappers or
 * features of its own has every call go through Jersey instead, so that they see it.
 *
 * <p>A body that has not come with its head is read as it comes, without a container thread
 * waiting for it, then the request is served in a second dispatch (see {@code ServletBodyAhead}):
 * slow or stalled clients do not take the threads WCS's calls need. This too needs
 * {@code asyncSupported = true}.
 *
 * <p>With a {@code web.xml} instead of the annotation, declare
 * {@code io.wcshooks.runtime.servlet.WcsHooksServlet} with the init parameter
 * {@code jakarta.ws.rs.Application} set to the name of a {@code ResourceConfig} subclass that
 * builds the application in its public no-argument constructor, mark it
 * {@code <async-supported>true</async-supported>}, and map it to {@code /rest-hooks/*}.
 *
 * <p>Jersey's own way also works, without the fast path: a {@code ResourceConfig} subclass
 * annotated with {@code @ApplicationPath}, which Jersey's {@code ServletContainerInitializer}
 * deploys with its own servlet. Do not combine the two for one application: each would serve it.
 *
 * <p>Requirements and pitfalls:
 *
 * <ul>
 *   <li>a Jakarta Servlet 6.0 container, as Jersey 3.1 is built for (Tomcat 10.1, Jetty 12 with
 *       its {@code ee10} environment; the build tests both); a container with its own JAX-RS
 *       implementation (a full Jakarta EE server) must be told not to apply it to this WAR;
 *   <li>map the servlet with a path pattern ({@code /*} or {@code /rest-hooks/*}): under the
 *       default mapping {@code /} (or an exact or extension mapping) the servlet path is the whole
 *       path, and so is Jersey's base path: no hook call could reach it, so the servlet refuses to
 *       start there, saying so;
 *   <li>a servlet whose application has no hooks (a {@code web.xml} without the init parameter,
 *       or with Jersey 2's {@code javax.ws.rs.Application}), or whose application Jersey refuses,
 *       does not start, and its failure fails the WAR's deployment: Jetty logs "Failed startup of
 *       context" with the reason and answers 503 to every request. Tomcat fails the context only
 *       when told to, by {@code <Context failCtxIfServletStartFails="true"/>} in the WAR's
 *       {@code META-INF/context.xml} (as the sample's WAR has it); else it logs the reason, keeps
 *       the context running and answers its own 404 for the servlet;
 *   <li>the handlers are created in the constructor, once per deployment; release their resources
 *       in a {@code ContainerLifecycleListener} registered on the same {@code ResourceConfig};
 *   <li>the servlet mapping applies to servlet deployment only: {@code WcsHookServer} uses its own
 *       base path, so the same {@code ResourceConfig} also runs embedded;
 *   <li>a request outside the mapping (a wrong URL in WCS) gets the container's own 404, not the
 *       JSON error body the hooks answer with;
 *   <li>the embedded server's containers are not used in a WAR: leave out
 *       {@code jersey-container-grizzly2-http}, {@code jersey-container-jetty-http} and their
 *       {@code grizzly-*} and {@code jetty-*} jars to keep it small (the sample's WAR does).
 * </ul>
 */
package io.wcshooks.runtime.servlet;
