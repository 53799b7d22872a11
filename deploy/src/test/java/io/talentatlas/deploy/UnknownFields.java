package io.talentatlas.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds fields a typed model object did not recognise. fabric8 and Strimzi keep an unknown YAML field in
 * {@code additionalProperties} instead of failing, so a misspelt {@code readinesProbe} would otherwise pass
 * unnoticed, and be dropped by the API server.
 */
final class UnknownFields {

    private static final List<String> MODEL_PACKAGES = List.of("io.fabric8.kubernetes.api.model", "io.strimzi.api");

    private UnknownFields() {
    }

    /** Paths such as {@code spec.template.spec.containers[0].readinesProbe} of every unknown field. */
    static List<String> in(Object model) {
        Set<String> unknown = new LinkedHashSet<>();
        walk(model, "", unknown);
        return List.copyOf(unknown);
    }

    private static void walk(Object value, String path, Set<String> unknown) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", unknown);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> walk(entry, path + "[" + key + "]", unknown));
        } else if (value != null && isModel(value.getClass())) {
            for (Method getter : value.getClass().getMethods()) {
                if (isPropertyGetter(getter)) {
                    Object property = invoke(getter, value);
                    if (getter.getName().equals("getAdditionalProperties")) {
                        ((Map<?, ?>) property).keySet().forEach(key -> unknown.add(join(path, String.valueOf(key))));
                    } else {
                        walk(property, join(path, propertyName(getter)), unknown);
                    }
                }
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        return MODEL_PACKAGES.stream().anyMatch(type.getName()::startsWith) && !type.isEnum();
    }

    private static boolean isPropertyGetter(Method method) {
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("get") && !method.getName().equals("getClass")
                && method.getDeclaringClass() != Object.class;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter + " of " + target.getClass().getName(), e);
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
