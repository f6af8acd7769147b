package io.wcshooks.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Collections;

/**
 * A class that declares instance handlers: the generated builder holds one instance of it.
 *
 * @param type the class
 * @param builderMethod the name of the builder method that takes the instance: the class's simple
 *     name as a member name ({@link Names#memberName}), numbered when taken (the rule is in
 *     {@code WcsHookProcessor}'s Javadoc)
 * @param defaultConstructible whether generated code may create it with {@code new T()} when none is given
 * @param typeParameters how many type parameters the class has
 * @param deprecated whether naming or creating it uses something deprecated: the class, one enclosing
 *     it, or the no-argument constructor the builder calls
 * @param constructorThrowsChecked whether it is not default-constructible only because its accessible
 *     no-argument constructor declares a checked exception, which the builder's {@code build()} cannot throw
 */
public record HandlerOwnerModel(ClassName type, String builderMethod, boolean defaultConstructible,
    int typeParameters, boolean deprecated, boolean constructorThrowsChecked) {

  /**
   * How generated fields and parameters name the class: {@code Hooks<?>} for a generic one, since
   * its handlers cannot depend on the type arguments (a raw {@code Hooks} would be a lint warning).
   */
  public TypeName reference() {
    if (typeParameters == 0) {
      return type;
    }
    TypeName any = WildcardTypeName.subtypeOf(Object.class);
    return ParameterizedTypeName.get(type, Collections.nCopies(typeParameters, any).toArray(TypeName[]::new));
  }

  /** What follows the class's name in {@code new}: the diamond for a generic class. */
  public String diamond() {
    return typeParameters == 0 ? "" : "<>";
  }
}
