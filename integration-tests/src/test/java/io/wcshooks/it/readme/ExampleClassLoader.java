package io.wcshooks.it.readme;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * The class path of a compiled README example, apart from this module's own classes: they hold
 * another {@code io.wcshooks.hooks.WcsHooks}, generated from this module's handlers, which would
 * shadow the example's. Only JUnit comes from the test's class loader, so that the launcher running
 * the example's tests recognises their annotations and assertion failures.
 */
final class ExampleClassLoader extends URLClassLoader {
  private static final List<String> SHARED = List.of("org.junit.", "org.opentest4j.", "org.apiguardian.");

  private final ClassLoader junit;

  ExampleClassLoader(URL[] classPath, ClassLoader junit) {
    super("readme-example", classPath, ClassLoader.getPlatformClassLoader());
    this.junit = junit;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    for (String prefix : SHARED) {
      if (name.startsWith(prefix)) {
        return junit.loadClass(name);
      }
    }
    return super.loadClass(name, resolve);
  }
}
