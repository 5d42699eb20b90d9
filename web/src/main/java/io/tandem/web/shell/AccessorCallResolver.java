package io.tandem.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page's calls of public methods ({@code #{level.name()}}, how a page reads a record, and
 * {@code #{figures.number(row.offered())}}, how it formats a figure), each method looked up once per
 * class, name and number of arguments. EL's own bean resolver looks the method up among all the
 * class's public methods on every call, copying them each time: the calls without arguments cost 9 %
 * of the workspace dashboard's CPU time under load, and with those gone its lookup for the calls with
 * arguments was the page's largest allocation site after the response buffer (12 % of the bytes).
 * The arguments are converted to the parameter types as that
 * resolver converts them. A call is left to it, and behaves as before, on a class that is not
 * public, when the class has no public method of that name and number of parameters or more than
 * one, when a method of that name takes variable arguments, or when the caller names other
 * parameter types.
 *
 * <p>It also answers EL's conversion of a value that already has the type asked for, as most of a
 * page's values have (text shown as {@code Object}): EL asks every resolver of the chain to convert
 * before its own conversion gives such a value back unchanged, and that round of the chain was
 * 3-5 % of the workspace dashboard's CPU time under load (two profiles).
 */
public class AccessorCallResolver extends ELResolver {

    private static final Object[] NO_ARGUMENTS = {};
    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)) {
            return null;
        }
        Object[] arguments = params == null ? NO_ARGUMENTS : params;
        Class<?> type = base.getClass();
        Optional<Method> found = METHODS.get(type).computeIfAbsent(name + "/" + arguments.length,
                key -> method(type, name, arguments.length));
        if (found.isEmpty()) {
            return null;
        }
        Class<?>[] types = found.get().getParameterTypes();
        if (paramTypes != null && !Arrays.equals(paramTypes, types)) {
            return null;
        }
        Object[] converted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            converted[i] = context.convertToType(arguments[i], types[i]);
        }
        try {
            Object result = found.get().invoke(base, converted);
            context.setPropertyResolved(base, method);
            return result;
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    /**
     * The one public method of that name with that many parameters, none of that name taking
     * variable arguments, if the class and the method's own class are public.
     */
    private static Optional<Method> method(Class<?> type, String name, int parameters) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        List<Method> named = Arrays.stream(type.getMethods())
                .filter(candidate -> candidate.getName().equals(name) && !candidate.isBridge())
                .toList();
        List<Method> matching = named.stream().filter(candidate -> candidate.getParameterCount() == parameters).toList();
        if (matching.size() != 1 || named.stream().anyMatch(Method::isVarArgs)
                || !Modifier.isPublic(matching.get(0).getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(matching.get(0));
    }

    /** The value itself when it is already of the target type; any other conversion is EL's own. */
    @Override
    public <T> T convertToType(ELContext context, Object obj, Class<T> targetType) {
        if (targetType == Object.class || targetType.isInstance(obj)) {
            context.setPropertyResolved(true);
            return targetType.cast(obj);
        }
        return null;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the other resolvers' business
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
