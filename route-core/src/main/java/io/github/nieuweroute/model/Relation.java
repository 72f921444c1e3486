package io.github.nieuweroute.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a participant stands to the focus person (nl: relatie tot de bedoeling): parent, neighbour, school, club,
 * foster parent, and so on. The set is open: {@link #of(String, Circle)} makes any other relation.
 *
 * <p>Siegers widens the network beyond family and carers: "Dat zijn niet alleen familie, vrienden, buren of
 * mantelzorgers. Dat kunnen ook andere mensen zijn, een grote kring van mensen." ({@code 001_efdc3dbc7d93ff68.txt:30}).
 * Each relation says which {@link Circle} it belongs to; the circles of the predefined relations follow
 * {@code 003_e93a9ba200732857.txt:32} (household and carers are the first circle) and are our reading.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Relation {

    // declared before the constants below: their construction checks against it

    /** A parent living with the focus person (nl: ouder). */
    public static final Relation PARENT = of("parent", Circle.FIRST);
    /** A child of the focus person (nl: kind). */
    public static final Relation CHILD = of("child", Circle.FIRST);
    /** A partner (nl: partner). */
    public static final Relation PARTNER = of("partner", Circle.FIRST);
    /** A brother or sister in the household (nl: broer of zus). */
    public static final Relation SIBLING = of("sibling", Circle.FIRST);
    /** An informal carer (nl: mantelzorger, {@code 004_5944939a3c113dbb.txt:726-728}). */
    public static final Relation INFORMAL_CARER = of("informal-carer", Circle.FIRST);
    /** A former partner (nl: ex), as Esther's ex ({@code 000_003bca9ac70bd78f.txt:268}). */
    public static final Relation EX_PARTNER = of("ex-partner", Circle.WIDER);
    /** Family beyond the household (nl: familie): aunt, nephew, grandparent. */
    public static final Relation FAMILY = of("family", Circle.WIDER);
    /** A foster parent (nl: pleegouder, {@code 000_003bca9ac70bd78f.txt:268}). */
    public static final Relation FOSTER_PARENT = of("foster-parent", Circle.WIDER);
    /** A friend (nl: vriend). */
    public static final Relation FRIEND = of("friend", Circle.WIDER);
    /** A neighbour (nl: buur, buurvrouw). */
    public static final Relation NEIGHBOUR = of("neighbour", Circle.WIDER);
    /** Someone from school (nl: school): a teacher, the parents of classmates ({@code 001_efdc3dbc7d93ff68.txt:30}). */
    public static final Relation SCHOOL = of("school", Circle.WIDER);
    /** Someone from a club (nl: (sport)club, voetbaltrainer). */
    public static final Relation CLUB = of("club", Circle.WIDER);
    /** Someone from work (nl: werk). */
    public static final Relation WORK = of("work", Circle.WIDER);
    /** A volunteer (nl: vrijwilliger, {@code 004_5944939a3c113dbb.txt:4047-4050}). */
    public static final Relation VOLUNTEER = of("volunteer", Circle.WIDER);
    /** An expert by experience (nl: ervaringsdeskundige, {@code 002_296212247530a523.txt:50}). */
    public static final Relation EXPERT_BY_EXPERIENCE = of("expert-by-experience", Circle.WIDER);

    private static final List<Relation> PREDEFINED = List.of(PARENT, CHILD, PARTNER, SIBLING, INFORMAL_CARER,
            EX_PARTNER, FAMILY, FOSTER_PARENT, FRIEND, NEIGHBOUR, SCHOOL, CLUB, WORK, VOLUNTEER, EXPERT_BY_EXPERIENCE);

    Relation() {}

    /**
     * Returns the code of the relation: lower case letters, digits and hyphens, such as {@code "neighbour"}.
     *
     * @return the code, never null
     */
    @Value.Parameter
    public abstract String code();

    /**
     * Returns the circle this relation belongs to.
     *
     * @return the circle, never null
     */
    @Value.Parameter
    public abstract Circle circle();

    /**
     * Makes a relation, predefined or not.
     *
     * @param code lower case letters, digits and hyphens, starting with a letter, such as {@code "football-coach"};
     *     not null
     * @param circle the circle it belongs to, not null
     * @return the relation, never null
     * @throws ModelValidationException if the code is malformed
     */
    public static Relation of(String code, Circle circle) {
        return ImmutableRelation.of(code, circle);
    }

    /**
     * Returns the predefined relation with this code.
     *
     * @param code the code, not null
     * @return the predefined relation, empty if none has this code
     */
    public static Optional<Relation> predefined(String code) {
        Objects.requireNonNull(code, "code");
        return PREDEFINED.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * Returns the predefined relations.
     *
     * @return the predefined relations in a fixed order, never null
     */
    public static List<Relation> predefined() {
        return PREDEFINED;
    }

    @Value.Check
    void check() {
        Checks.value(isCode(code()), "Relation", null, "code",
                "a relation code is 1 to 64 lower case letters, digits or hyphens and starts with a letter");
    }

    /** {@code [a-z][a-z0-9-]{0,63}}, checked by hand: reading JSON checks a code per participant. */
    private static boolean isCode(String code) {
        if (code.isEmpty() || code.length() > 64 || code.charAt(0) < 'a' || code.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return code() + "(" + circle().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
