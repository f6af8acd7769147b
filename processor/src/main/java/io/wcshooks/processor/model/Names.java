package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * How generated names stay clear of users' names. How the spec's names become Java names is
 * {@link io.wcshooks.spec.JavaNames}.
 */
public final class Names {
  /** Package roots of the types generated code refers to, besides the users' and the generated package. */
  private static final Set<String> LIBRARY_PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "org", "com", "io");

  private Names() {}

  /**
   * The names a generated field, parameter or local must not take. In an expression such as
   * {@code Foo.bar(x)} or {@code com.example.Foo.bar(x)}, Java reads the first name as a variable
   * if one of that name is in scope, so a variable named like a referenced class or like the root
   * of a referenced package would hide it. Generated code refers to the users' classes (by their
   * top-level class's simple name, or qualified), to the generated package, and to library types.
   *
   * @param generatedPackage the generated code's package
   * @param userTypes the users' classes generated code refers to
   */
  public static Set<String> obscuringNames(String generatedPackage, Collection<ClassName> userTypes) {
    Set<String> names = new HashSet<>(LIBRARY_PACKAGE_ROOTS);
    names.add(packageRoot(generatedPackage));
    for (ClassName type : userTypes) {
      names.add(type.topLevelClassName().simpleName());
      names.add(packageRoot(type.packageName()));
    }
    names.remove("");
    return names;
  }

  /** {@code base}, or {@code base} with a suffix, whichever is first not in {@code taken}. */
  public static String unique(String base, Set<String> taken) {
    String name = base;
    for (int i = 2; taken.contains(name); i++) {
      name = base + i;
    }
    return name;
  }

  private static String packageRoot(String packageName) {
    int dot = packageName.indexOf('.');
    return dot < 0 ? packageName : packageName.substring(0, dot);
  }
}
