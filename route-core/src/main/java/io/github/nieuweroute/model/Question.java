package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A question in a situation (nl: vraag): the start question, the central question, or the network question
 * actually asked to find those involved ({@code 001_efdc3dbc7d93ff68.txt:9} versus {@code :30}).
 *
 * <p>A question may record whom it is about, its {@link LifeDomain}, {@link Scheme} and {@link Financier}, and the
 * loket where it was applied for (K2's table 10, {@code 004_5944939a3c113dbb.txt:4317-4384}; rule R-16).
 *
 * <p>A network question has a {@link NetworkQuestionForm}; other questions have none. The wording itself is free text
 * and never printed by the library.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Question {

    Question() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the kind, never null */
    public abstract QuestionKind kind();

    /** @return the form of a network question; empty for other kinds */
    public abstract Optional<NetworkQuestionForm> form();

    /** @return the wording as asked, free text that the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> text();

    /** @return the participant who asked it, empty if not recorded */
    public abstract Optional<String> askedBy();

    /** @return when it was asked, empty if not recorded */
    public abstract Optional<LocalDate> date();

    /**
     * Returns whose question, or problem, it is (nl: probleemeigenaar): "de zelfsturende klant, Saskia, de
     * probleemeigenaar is en blijft" ({@code 004_5944939a3c113dbb.txt:4207}); "eigenaar van probleem en oplossing"
     * ({@code 004_5944939a3c113dbb.txt:4437}). Several owners are joint owners
     * ({@code 001_efdc3dbc7d93ff68.txt:27}).
     *
     * @return the owners' ids, in recorded order, empty if none is recorded; never null
     */
    public abstract Set<String> owners();

    /**
     * Returns whom the question is about: one or more members of a {@link Household}, so that related questions of
     * one household can be told.
     *
     * @return participant ids, in recorded order, empty if not recorded; never null
     */
    public abstract Set<String> about();

    /** @return the field of life the question belongs to, empty if not recorded */
    public abstract Optional<LifeDomain> lifeDomain();

    /** @return the scheme it is handled under, empty if not recorded */
    public abstract Optional<Scheme> scheme();

    /** @return who pays for the help it leads to, empty if not recorded */
    public abstract Optional<Financier> financier();

    /**
     * Returns the desk where it was applied for (nl: loket), as an id the caller chooses ("Meerdere loketten die vragen
     * op eigen terrein oppakken", {@code 004_5944939a3c113dbb.txt:4328}).
     *
     * @return the loket's id, empty if not recorded
     */
    public abstract Optional<String> loket();

    /**
     * Makes a network question of the given form.
     *
     * @param id the id, not null
     * @param form the form, not null
     * @return the question, never null
     */
    public static Question network(String id, NetworkQuestionForm form) {
        return builder().id(id).kind(QuestionKind.NETWORK).form(form).build();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableQuestion.builder();
    }

    /** Builds a {@link Question}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param kind not null
         * @return this builder
         */
        Builder kind(QuestionKind kind);

        /**
         * @param form not null
         * @return this builder
         */
        Builder form(NetworkQuestionForm form);

        /**
         * @param form not null
         * @return this builder
         */
        Builder form(Optional<? extends NetworkQuestionForm> form);

        /**
         * @param text not null
         * @return this builder
         */
        Builder text(String text);

        /**
         * @param text not null
         * @return this builder
         */
        Builder text(Optional<String> text);

        /**
         * @param askedBy a participant id, not null
         * @return this builder
         */
        Builder askedBy(String askedBy);

        /**
         * @param askedBy a participant id, not null
         * @return this builder
         */
        Builder askedBy(Optional<String> askedBy);

        /**
         * @param date not null
         * @return this builder
         */
        Builder date(LocalDate date);

        /**
         * @param date not null
         * @return this builder
         */
        Builder date(Optional<? extends LocalDate> date);

        /**
         * @param owner a participant id, not null
         * @return this builder
         */
        Builder addOwner(String owner);

        /**
         * @param owners participant ids, not null
         * @return this builder
         */
        Builder addAllOwners(Iterable<String> owners);

        /**
         * @param person a participant id, not null
         * @return this builder
         */
        Builder addAbout(String person);

        /**
         * @param persons participant ids, not null
         * @return this builder
         */
        Builder addAllAbout(Iterable<String> persons);

        /**
         * @param domain not null
         * @return this builder
         */
        Builder lifeDomain(LifeDomain domain);

        /**
         * @param domain not null
         * @return this builder
         */
        Builder lifeDomain(Optional<? extends LifeDomain> domain);

        /**
         * @param scheme not null
         * @return this builder
         */
        Builder scheme(Scheme scheme);

        /**
         * @param scheme not null
         * @return this builder
         */
        Builder scheme(Optional<? extends Scheme> scheme);

        /**
         * @param financier not null
         * @return this builder
         */
        Builder financier(Financier financier);

        /**
         * @param financier not null
         * @return this builder
         */
        Builder financier(Optional<? extends Financier> financier);

        /**
         * @param loket an id, not null
         * @return this builder
         */
        Builder loket(String loket);

        /**
         * @param loket an id, not null
         * @return this builder
         */
        Builder loket(Optional<String> loket);

        /**
         * @return the question, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Question build();
    }

    @Value.Check
    void check() {
        Checks.id("Question", null, "id", id());
        Checks.id("Question", id(), "askedBy", askedBy());
        Checks.ids("Question", id(), "owners", owners());
        Checks.ids("Question", id(), "about", about());
        Checks.id("Question", id(), "loket", loket());
        Checks.notBlank("Question", id(), "text", text());
        Checks.value(form().isPresent() == (kind() == QuestionKind.NETWORK), "Question", id(), "form",
                "a network question has a form and other questions have none");
    }
}
