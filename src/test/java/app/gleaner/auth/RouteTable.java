package app.gleaner.auth;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every REST route Gleaner declares, read by reflection from the compiled {@code @Path} classes under
 * {@code target/classes/app/gleaner}, so a resource added later is covered without touching the tests.
 */
final class RouteTable {

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");
    private static final String ROOT_PACKAGE = "app/gleaner";

    private RouteTable() {
    }

    /** An HTTP method and a path template such as {@code /api/clips/{id}}. */
    record Route(String method, String template) {

        /** The template with every path parameter replaced by {@code value}. */
        String path(String value) {
            return template.replaceAll("\\{[^}]+}", value);
        }

        boolean isApi() {
            return template.equals("/api") || template.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : classes()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path methodPath = method.getAnnotation(Path.class);
                    routes.add(new Route(verb, join(classPath.value(), methodPath == null ? "" : methodPath.value())));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes;
    }

    private static List<Class<?>> classes() {
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES.resolve(ROOT_PACKAGE))) {
            List<Class<?>> found = new ArrayList<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                name = name.substring(0, name.length() - ".class".length());
                found.add(Class.forName(name, false, RouteTable.class.getClassLoader()));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String first, String second) {
        String path = ("/" + first + "/" + second).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
