package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessorCallResolverTest {

    /** A public record as pages read them; {@code broken()} fails as an accessor could. */
    public record Level(String name, int expected) {
        public String broken() {
            throw new IllegalStateException("no figure");
        }
    }

    private record Hidden(String name) {
    }

    private final AccessorCallResolver resolver = new AccessorCallResolver();

    @Test
    void aRecordsAccessorIsCalledAndTheCallResolved() {
        ELContext context = context();

        Object name = resolver.invoke(context, new Level("Service level", 80), "name", null, new Object[0]);

        assertEquals("Service level", name);
        assertTrue(context.isPropertyResolved());
        assertEquals(80, resolver.invoke(context(), new Level("x", 80), "expected", new Class<?>[0], null));
    }

    @Test
    void callsWithArgumentsOrOnClassesItCannotCallAreLeftToTheBeanResolver() {
        ELContext withArguments = context();
        ELContext hidden = context();
        ELContext unknown = context();
        ELContext noBase = context();

        assertNull(resolver.invoke(withArguments, "text", "substring", null, new Object[] {1}));
        assertNull(resolver.invoke(hidden, new Hidden("x"), "name", null, null));
        assertNull(resolver.invoke(unknown, new Level("x", 1), "nothing", null, null));
        assertNull(resolver.invoke(noBase, null, "name", null, null));
        // List.of gives a class that is not public: the bean resolver finds the method on List
        assertNull(resolver.invoke(context(), List.of(1), "size", null, null));

        assertFalse(withArguments.isPropertyResolved());
        assertFalse(hidden.isPropertyResolved());
        assertFalse(unknown.isPropertyResolved());
        assertFalse(noBase.isPropertyResolved());
    }

    @Test
    void whatTheMethodThrowsArrivesAsItsCause() {
        ELException thrown = assertThrows(ELException.class,
                () -> resolver.invoke(context(), new Level("x", 1), "broken", null, null));

        assertSame(IllegalStateException.class, thrown.getCause().getClass());
        assertEquals("no figure", thrown.getCause().getMessage());
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
