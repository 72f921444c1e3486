/**
 * How the format is read and written: one {@code ObjectSpec} per JSON object of the format (fields, which are
 * required, how each is read into a model builder), the canonical writer, the code tables of the enums, and the
 * translation of Jackson's exceptions. Not exported: the module's API is the enclosing package.
 */
package io.github.nieuweroute.json.internal;
