package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.BeanELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.FunctionMapper;
import jakarta.el.StandardELContext;
import jakarta.el.VariableMapper;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Arrays;
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

    /** Calls with arguments as pages make them: a figure to format, a name for an enum constant. */
    public static final class Formats {
        public String number(BigDecimal value) {
            return value == null ? "none" : value.toPlainString();
        }

        public String day(DayOfWeek day, String text) {
            return day + ":" + text;
        }

        public String pick(int index) {
            return "int " + index;
        }

        public String pick(String key) {
            return "key " + key;
        }

        public String listed(String... items) {
            return String.join(",", items);
        }
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
    void aCallWithArgumentsConvertsThemAsTheBeanResolverDoesAndGivesWhatItGives() {
        BeanELResolver beans = new BeanELResolver();
        Formats formats = new Formats();
        Object[][] calls = {
            {"number", new Object[] {12}},
            {"number", new Object[] {"0.50"}},
            {"number", new Object[] {null}},
            {"day", new Object[] {"MONDAY", 7L}},
            {"day", new Object[] {DayOfWeek.FRIDAY, null}},
        };
        for (Object[] call : calls) {
            ELContext fast = elContext();
            ELContext standard = elContext();

            Object expected = beans.invoke(standard, formats, call[0], null, (Object[]) call[1]);
            Object result = resolver.invoke(fast, formats, call[0], null, (Object[]) call[1]);

            assertEquals(expected, result, call[0] + " " + Arrays.toString((Object[]) call[1]));
            assertTrue(fast.isPropertyResolved());
        }
        assertEquals("12", resolver.invoke(elContext(), formats, "number", null, new Object[] {12}));
        assertEquals("MONDAY:7", resolver.invoke(elContext(), formats, "day", null, new Object[] {"MONDAY", 7L}));
        assertEquals("text and more", resolver.invoke(elContext(), "text", "concat", null, new Object[] {" and more"}));
    }

    @Test
    void callsItCannotTellApartOrOnClassesItCannotCallAreLeftToTheBeanResolver() {
        Formats formats = new Formats();
        List<ELContext> contexts = List.of(elContext(), elContext(), elContext(), elContext(), elContext(),
                elContext(), elContext(), elContext());

        // two methods of that name take one argument: the bean resolver chooses by the argument
        assertNull(resolver.invoke(contexts.get(0), formats, "pick", null, new Object[] {1}));
        // variable arguments
        assertNull(resolver.invoke(contexts.get(1), formats, "listed", null, new Object[] {"a", "b"}));
        // the caller names parameter types other than the method's
        assertNull(resolver.invoke(contexts.get(2), formats, "number", new Class<?>[] {Integer.class}, new Object[] {1}));
        assertNull(resolver.invoke(contexts.get(3), new Hidden("x"), "name", null, null));
        assertNull(resolver.invoke(contexts.get(4), new Level("x", 1), "nothing", null, null));
        assertNull(resolver.invoke(contexts.get(5), null, "name", null, null));
        // List.of gives a class that is not public: the bean resolver finds the method on List
        assertNull(resolver.invoke(contexts.get(6), List.of(1), "size", null, null));
        assertNull(resolver.invoke(contexts.get(7), new Level("x", 1), "name", null, new Object[] {"extra"}));

        contexts.forEach(context -> assertFalse(context.isPropertyResolved()));
    }

    @Test
    void anArgumentThatCannotBeConvertedIsRefusedAsTheBeanResolverRefusesIt() {
        Formats formats = new Formats();
        Object[] notADay = {"SOMEDAY", "x"};

        assertThrows(ELException.class, () -> new BeanELResolver().invoke(elContext(), formats, "day", null, notADay));
        assertThrows(ELException.class, () -> resolver.invoke(elContext(), formats, "day", null, notADay));
    }

    @Test
    void whatTheMethodThrowsArrivesAsItsCause() {
        ELException thrown = assertThrows(ELException.class,
                () -> resolver.invoke(context(), new Level("x", 1), "broken", null, null));

        assertSame(IllegalStateException.class, thrown.getCause().getClass());
        assertEquals("no figure", thrown.getCause().getMessage());
    }

    @Test
    void aValueAlreadyOfTheTargetTypeIsGivenBackAsElWouldGiveItBack() {
        ExpressionFactory el = ExpressionFactory.newInstance();
        BigDecimal figure = new BigDecimal("97.5");
        Object[][] conversions = {
            {"text", Object.class},
            {null, Object.class},
            {figure, Object.class},
            {figure, Number.class},
            {figure, BigDecimal.class},
            {"text", CharSequence.class},
            {DayOfWeek.MONDAY, DayOfWeek.class},
            {List.of(1, 2), List.class},
        };
        for (Object[] conversion : conversions) {
            ELContext context = elContext();
            Class<?> type = (Class<?>) conversion[1];

            Object converted = resolver.convertToType(context, conversion[0], type);

            assertTrue(context.isPropertyResolved(), conversion[0] + " to " + type);
            assertSame(el.coerceToType(conversion[0], type), converted, conversion[0] + " to " + type);
        }
    }

    @Test
    void everyOtherConversionIsLeftToEl() {
        Object[][] conversions = {
            {"12", Integer.class},
            {12L, Integer.class},
            {Boolean.TRUE, boolean.class},
            {12, int.class},
            {null, String.class},
            {"MONDAY", DayOfWeek.class},
            {figure(), String.class},
        };
        for (Object[] conversion : conversions) {
            ELContext context = elContext();

            assertNull(resolver.convertToType(context, conversion[0], (Class<?>) conversion[1]));
            assertFalse(context.isPropertyResolved(), conversion[0] + " to " + conversion[1]);
        }
        StandardELContext page = new StandardELContext(ExpressionFactory.newInstance());
        page.addELResolver(resolver);
        assertEquals(12, page.convertToType("12", Integer.class));
        assertEquals("", page.convertToType(null, String.class));
        assertEquals(DayOfWeek.MONDAY, page.convertToType("MONDAY", DayOfWeek.class));
    }

    private static BigDecimal figure() {
        return new BigDecimal("0.50");
    }

    /** A context with the EL implementation's conversions, as a page's has. */
    private static ELContext elContext() {
        return new StandardELContext(ExpressionFactory.newInstance());
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
