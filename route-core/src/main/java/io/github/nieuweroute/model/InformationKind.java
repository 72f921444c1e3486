package io.github.nieuweroute.model;

/**
 * Whether an item is information about the situation or professional knowledge (nl: informatie of kennis): factor 6
 * "Alle informatie met iedereen delen" and factor 9 "Informatie en kennis delen" ({@code 000_003bca9ac70bd78f.txt:163},
 * {@code :166}, titles only).
 */
public enum InformationKind {
    /** Information about the situation, such as why someone gets angry from frustration ({@code 001_efdc3dbc7d93ff68.txt:36}). */
    INFORMATION,
    /** Professional know-how, such as what a diagnosis means for daily life ({@code 004_5944939a3c113dbb.txt:2660-2668}). */
    KNOWLEDGE
}
