package io.github.nieuweroute.model;

/**
 * The kind of a question in a situation (nl: soort vraag).
 *
 * <p>"De vraag" and "Van startvraag naar centrale vraag" are headings only ({@code 000_003bca9ac70bd78f.txt:174-175});
 * reading the start question as the question as first posed and the central question as the reformulated question
 * the involved gather around is our interpretation (SPEC §1.2).
 */
public enum QuestionKind {
    /** The question as first posed (nl: startvraag). */
    START,
    /** The question the involved gather around (nl: centrale vraag); our reading of a heading. */
    CENTRAL,
    /** The question asked to find the people involved (nl: netwerkvraag); see {@link NetworkQuestionForm}. */
    NETWORK
}
