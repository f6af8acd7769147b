package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

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

  /**
   * The member name for a Java class's simple name: {@code MyHooks} to {@code myHooks},
   * {@code URLHooks} to {@code urlHooks}, {@code Ärger} to {@code ärger}, {@code My_Hooks} to
   * {@code my_Hooks}. A leading run of capitals is lower-cased, all but the last when a lower-case
   * letter follows it (that one starts the next word); the rest is kept as it is. Not
   * {@link io.wcshooks.spec.JavaNames#memberName}: that one makes Java names of the spec's wire
   * names, keeping only ASCII letters and digits, and would drop an identifier's other letters.
   * Upper and lower case are {@link Character}'s, so that any script's capitals count; a keyword
   * ({@code Int} to {@code int}) gets an underscore.
   */
  public static String memberName(String simpleName) {
    int[] codePoints = simpleName.codePoints().toArray();
    int upper = 0;
    while (upper < codePoints.length && Character.isUpperCase(codePoints[upper])) {
      upper++;
    }
    boolean wordFollows = upper > 1 && upper < codePoints.length && Character.isLowerCase(codePoints[upper]);
    int cut = wordFollows ? upper - 1 : Math.max(upper, 1);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < codePoints.length; i++) {
      name.appendCodePoint(i < cut ? Character.toLowerCase(codePoints[i]) : codePoints[i]);
    }
    String member = name.toString();
    if (!SourceVersion.isIdentifier(member)) {
      member = simpleName; // a lower-case letter that cannot start a name: no known one, but keep it compiling
    }
    return SourceVersion.isKeyword(member) ? member + "_" : member;
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
