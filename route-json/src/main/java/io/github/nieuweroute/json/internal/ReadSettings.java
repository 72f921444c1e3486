package io.github.nieuweroute.json.internal;

/**
 * What the reader does beyond the format itself: whether unknown fields are skipped, and the longest array.
 *
 * @param ignoreUnknownFields true to skip fields the format does not define, false to reject them
 * @param maxArrayLength the most elements of one array (or entries of one keyed object)
 * @param maxElements the most array elements and keyed entries of one document in all
 */
public record ReadSettings(boolean ignoreUnknownFields, int maxArrayLength, int maxElements) {}
