package io.github.nieuweroute.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import io.github.nieuweroute.testing.Generators;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Nothing a caller reaches through the public API can change a built situation, its index, its classification or its
 * report. The test walks everything reachable from them by public methods (accessors without parameters, and the
 * index's and the situation's lookups with every valid position and id), and attacks what it finds: it writes to
 * every array handed out, and calls {@code add}, {@code remove}, {@code clear} and {@code put} on every collection
 * (which must refuse). Before and after, it writes down everything reachable the same way; the two must be equal, and
 * a new check of the situation must give the same report.
 */
class NothingReachableChangesASituationTest {

    private static final String ROOT = "io.github.nieuweroute.";

    @Test
    void nothing_reachable_from_a_seed_case_changes_it() {
        for (SeedCase seed : SeedCases.all()) {
            attackAndCompare(seed.situation());
        }
    }

    @Test
    void nothing_reachable_from_a_generated_situation_changes_it() {
        qt().withExamples(60).forAll(Generators.situations()).checkAssert(this::attackAndCompare);
    }

    @Test
    void the_walk_sees_a_change_when_there_is_one() {
        // the comparison must be able to fail: a mutable holder reached from the roots is noticed when written
        int[] leak = {1};
        String before = new Walk(false).dump(leak);
        new Walk(true).dump(leak);
        assertThat(new Walk(false).dump(leak)).isNotEqualTo(before);
    }

    private void attackAndCompare(Situation s) {
        Report report = RuleSet.standard().check(s);
        Object[] roots = {s, s.index(), report, RouteClassifier.classify(s)};
        String before = new Walk(false).dump(roots);
        String attacks = new Walk(true).dump(roots);
        assertThat(attacks).as("the attack walked something").isNotEmpty();
        assertThat(new Walk(false).dump(roots)).isEqualTo(before);
        assertThat(RuleSet.standard().check(s)).isEqualTo(report);
        assertThat(s).isEqualTo(s.toBuilder().build());
    }

    /** Walks everything reachable by public methods; in attack mode it also tries to change what it finds. */
    private static final class Walk {
        private final boolean attack;
        private final Map<Object, Boolean> seen = new IdentityHashMap<>();
        private final StringBuilder out = new StringBuilder();
        /** The methods that led to what is visited, for the failure message. */
        private final java.util.Deque<String> path = new java.util.ArrayDeque<>();
        private Situation situation;

        Walk(boolean attack) {
            this.attack = attack;
        }

        String dump(Object... roots) {
            for (Object root : roots) {
                if (root instanceof Situation) {
                    situation = (Situation) root;
                }
            }
            for (Object root : roots) {
                visit(root, 0);
            }
            return out.toString();
        }

        private void visit(Object value, int depth) {
            if (value == null || depth > 12) {
                out.append("null;");
                return;
            }
            Class<?> type = value.getClass();
            if (isPlain(value)) {
                out.append(value).append(';');
                return;
            }
            if (seen.put(value, Boolean.TRUE) != null) {
                out.append("seen;");
                return;
            }
            if (type.isArray()) {
                int n = Array.getLength(value);
                out.append('[');
                for (int i = 0; i < n; i++) {
                    visit(Array.get(value, i), depth + 1);
                }
                out.append(']');
                if (attack) {
                    for (int i = 0; i < n; i++) {
                        Array.set(value, i, type.getComponentType().isPrimitive() ? zero(type) : null);
                    }
                }
                return;
            }
            if (value instanceof Optional) {
                visit(((Optional<?>) value).orElse(null), depth + 1);
                return;
            }
            if (value instanceof Map) {
                Map<?, ?> map = (Map<?, ?>) value;
                out.append('{');
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    visit(e.getKey(), depth + 1);
                    visit(e.getValue(), depth + 1);
                }
                out.append('}');
                if (attack) {
                    attackMap(map);
                }
                return;
            }
            if (value instanceof Collection) {
                Collection<?> collection = (Collection<?>) value;
                out.append('(');
                for (Object element : collection) {
                    visit(element, depth + 1);
                }
                out.append(')');
                if (attack) {
                    attackCollection(collection);
                }
                return;
            }
            if (!type.getName().startsWith(ROOT)) {
                throw new AssertionError("an unexpected type is reachable: " + type.getName() + " at " + path);
            }
            for (Field field : type.getFields()) {
                assertThat(Modifier.isFinal(field.getModifiers()) && Modifier.isStatic(field.getModifiers()))
                        .as("public field %s.%s is static final", type.getName(), field.getName()).isTrue();
            }
            Class<?> api = type;
            while (!Modifier.isPublic(api.getModifiers())) {
                api = api.getSuperclass(); // the generated implementations are package-private
            }
            List<Method> methods = new ArrayList<>();
            for (Method m : api.getMethods()) {
                if (m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() != void.class && !m.getName().equals("toBuilder")
                        && !java.util.stream.BaseStream.class.isAssignableFrom(m.getReturnType())) {
                    methods.add(m);
                }
            }
            methods.sort(Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterCount()));
            out.append(api.getSimpleName()).append('{');
            for (Method m : methods) {
                for (Object[] args : arguments(m, value)) {
                    out.append(m.getName()).append('=');
                    path.addLast(api.getSimpleName() + "." + m.getName() + java.util.Arrays.toString(args));
                    visit(invoke(m, value, args), depth + 1);
                    path.removeLast();
                }
            }
            out.append('}');
        }

        /** The arguments a method is called with: none, every valid position or index, or every id. */
        private List<Object[]> arguments(Method m, Object target) {
            Class<?>[] params = m.getParameterTypes();
            List<Object[]> calls = new ArrayList<>();
            if (params.length == 0) {
                calls.add(new Object[0]);
            } else if (params.length == 1 && params[0] == int.class) {
                for (int i = 0; i < 64; i++) {
                    if (invoke(m, target, new Object[] {i}) == OUT_OF_RANGE) {
                        break;
                    }
                    calls.add(new Object[] {i});
                }
            } else if (params.length == 2 && params[0] == int.class && params[1] == int.class) {
                for (int i = 0; i < 16; i++) {
                    for (int j = 0; j < 16; j++) {
                        if (invoke(m, target, new Object[] {i, j}) != OUT_OF_RANGE) {
                            calls.add(new Object[] {i, j});
                        }
                    }
                }
            } else if (params.length == 1 && params[0] == String.class && situation != null) {
                for (Function<Situation, List<String>> ids : List.<Function<Situation, List<String>>>of(
                        x -> x.participants().stream().map(p -> p.id()).collect(java.util.stream.Collectors.toList()),
                        x -> x.decisions().stream().map(d -> d.id()).collect(java.util.stream.Collectors.toList()))) {
                    for (String id : ids.apply(situation)) {
                        calls.add(new Object[] {id});
                    }
                }
                calls.add(new Object[] {"no-such-id"});
            }
            return calls;
        }

        private static final Object OUT_OF_RANGE = new Object();

        private static Object invoke(Method m, Object target, Object[] args) {
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof IndexOutOfBoundsException) {
                    return OUT_OF_RANGE;
                }
                return "threw " + e.getCause().getClass().getSimpleName();
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }

        private static boolean isPlain(Object value) {
            return value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof Character || value instanceof Enum || value instanceof Temporal
                    || value instanceof Class || value == OUT_OF_RANGE;
        }

        private static Object zero(Class<?> arrayType) {
            Class<?> c = arrayType.getComponentType();
            if (c == boolean.class) {
                return Boolean.FALSE;
            }
            if (c == char.class) {
                return 'x';
            }
            if (c == long.class) {
                return -7L;
            }
            if (c == double.class || c == float.class) {
                return c == double.class ? (Object) (-7.0) : (Object) (-7.0f);
            }
            return c == byte.class ? (Object) (byte) -7 : c == short.class ? (Object) (short) -7 : (Object) (-7);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private void attackCollection(Collection collection) {
            List<Object> before = new ArrayList<>(collection);
            Supplier<Object> now = () -> new ArrayList<>(collection);
            Object any = collection.isEmpty() ? null : collection.iterator().next();
            attempt(before, now, () -> collection.add(any));
            attempt(before, now, () -> collection.clear());
            attempt(before, now, () -> collection.remove(any));
            attempt(before, now, () -> collection.removeIf(x -> true));
            if (!collection.isEmpty()) {
                attempt(before, now, () -> {
                    Iterator it = collection.iterator();
                    it.next();
                    it.remove();
                });
            }
            if (collection instanceof List && !collection.isEmpty()) {
                attempt(before, now, () -> ((List) collection).set(0, any));
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private void attackMap(Map map) {
            Object before = snapshot(map);
            Supplier<Object> now = () -> snapshot(map);
            Object key = map.isEmpty() ? "k" : map.keySet().iterator().next();
            Object value = map.isEmpty() ? null : map.get(key);
            attempt(before, now, () -> map.put(key, value));
            attempt(before, now, () -> map.clear());
            attempt(before, now, () -> map.remove(key));
            attempt(before, now, () -> map.keySet().clear());
            attempt(before, now, () -> map.values().clear());
            attempt(before, now, () -> map.entrySet().clear());
            if (!map.isEmpty()) {
                attempt(before, now, () -> ((Map.Entry) map.entrySet().iterator().next()).setValue(
                        map.values().stream().skip(map.size() - 1).findFirst().orElse(value)));
            }
        }

        /** The entries of a map as text pairs, in its order. */
        private static List<String> snapshot(Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                entries.add(e.getKey() + "=" + e.getValue());
            }
            return entries;
        }

        /**
         * Makes one attempt to change a collection; refused (by an exception) or without effect is right, a change
         * that went through is a failure.
         */
        private void attempt(Object before, Supplier<Object> now, Runnable change) {
            try {
                change.run();
            } catch (RuntimeException refused) {
                out.append("refused;");
            }
            if (!now.get().equals(before)) {
                throw new AssertionError("a collection reachable from the public API accepted a change: " + path);
            }
        }
    }
}
