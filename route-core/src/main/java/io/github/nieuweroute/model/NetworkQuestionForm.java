package io.github.nieuweroute.model;

/**
 * The form of the question actually asked to find the network (nl: de netwerkvraag).
 *
 * <p>Siegers contrasts the usual "Zijn er nog andere mensen die je kunnen helpen?"
 * ({@code 001_efdc3dbc7d93ff68.txt:9}) with her own "Wie vindt het belangrijk dat deze situatie verbetert?"
 * ({@code 001_efdc3dbc7d93ff68.txt:30}). The caller records which form was used; the library does not parse wording.
 */
public enum NetworkQuestionForm {
    /** "Who can help you?": the network as helpers ({@code 001_efdc3dbc7d93ff68.txt:9}). */
    WHO_CAN_HELP,
    /** "Who finds it important that this situation improves?" ({@code 001_efdc3dbc7d93ff68.txt:30}). */
    WHO_FINDS_IT_IMPORTANT,
    /** Another wording. */
    OTHER
}
