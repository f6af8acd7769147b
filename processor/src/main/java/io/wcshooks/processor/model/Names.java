package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** How wire names of the spec become Java names, and how generated names stay clear of users' names. */
public final class Names {
  /**
   * Members of the request base class ({@code HookRequest}, its protected helpers included), of
   * Object, and the generated {@code create()}, which accessors must not hide or clash with.
   */
  private static final Set<String> RESERVED_MEMBERS = Set.of(
      "json", "isModified", "has", "get", "put", "remove", "toString", "hashCode", "equals", "getClass",
      "notify", "notifyAll", "wait", "clone", "finalize", "create",
      "stringField", "booleanField", "integerField", "longField", "numberField", "objectField", "arrayField",
      "listField", "setString", "setBoolean", "setNumber", "setJson", "setList");

  /** Words that are not keywords but cannot name a class. */
  private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

  /** Package roots of the types generated code refers to, besides the users' and the generated package. */
  private static final Set<String> LIBRARY_PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "org", "com", "io");

  private Names() {}

  /** {@code publishStream} to {@code PublishStream}, {@code User-Agent} to {@code UserAgent}. */
  public static String typeName(String wireName) {
    StringBuilder out = new StringBuilder();
    for (String part : parts(wireName)) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
    }
    return identifier(out.toString());
  }

  /** {@code ConnectionStatusEvent} to {@code connectionStatusEvent}, {@code User-Agent} to {@code userAgent}. */
  public static String memberName(String wireName) {
    String type = typeName(wireName);
    int upper = 0;
    while (upper < type.length() && Character.isUpperCase(type.charAt(upper))) {
      upper++;
    }
    // "XMLThing" -> "xmlThing"; "URL" -> "url"; "Connect" -> "connect"
    int cut = upper <= 1 || upper == type.length() ? upper : upper - 1;
    String name = type.substring(0, cut).toLowerCase(Locale.ROOT) + type.substring(cut);
    return identifier(name);
  }

  /** A request accessor's name: the member name, kept clear of the base class's own members. */
  public static String accessorName(String wireName) {
    String name = memberName(wireName);
    return RESERVED_MEMBERS.contains(name) ? name + "Field" : name;
  }

  /** {@code audioMuted} to {@code AUDIO_MUTED}, {@code text/plain} to {@code TEXT_PLAIN}, {@code WebRTC} to {@code WEB_RTC}. */
  public static String constantName(String value) {
    List<String> words = new ArrayList<>();
    for (String part : value.split("[^A-Za-z0-9]+")) {
      if (part.isEmpty()) {
        continue;
      }
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        boolean boundary = i > 0 && Character.isUpperCase(c)
            && (Character.isLowerCase(part.charAt(i - 1))
                || (i + 1 < part.length() && Character.isLowerCase(part.charAt(i + 1))
                    && Character.isUpperCase(part.charAt(i - 1))));
        if (boundary) {
          words.add(word.toString());
          word.setLength(0);
        }
        word.append(c);
      }
      words.add(word.toString());
    }
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      name = "EMPTY";
    }
    return identifier(name);
  }

  /** Whether {@code name} can be the simple name of a generated class. */
  public static boolean isTypeName(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !RESTRICTED_TYPE_NAMES.contains(name);
  }

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

  private static List<String> parts(String wireName) {
    List<String> parts = new ArrayList<>();
    for (String part : wireName.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    if (parts.isEmpty()) {
      parts.add("unnamed");
    }
    return parts;
  }

  private static String identifier(String name) {
    if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }
}
