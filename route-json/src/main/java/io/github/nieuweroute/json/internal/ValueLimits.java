package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.json.JsonLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Holds the {@link JsonLimits} within one value of a token stream that someone else parses (a mapper's, through a
 * Jackson module): nesting depth counted from the value, the length of strings, names and numbers, and the input
 * consumed since the value began. A whole document read by {@code RouteJson} gets the same limits from its parser's
 * {@code StreamReadConstraints}; the failures have Jackson's wording, so both read the same to
 * {@link Reading#translate}. Only the calls the format's reader makes go through here. Not thread-safe.
 */
public final class ValueLimits extends JsonParserDelegate {

    private final JsonLimits limits;
    private final long startOffset;
    private int depth;

    /**
     * Wraps a parser that stands on the first token of a value, or before it.
     *
     * @param parser not null
     * @param limits not null
     */
    public ValueLimits(JsonParser parser, JsonLimits limits) {
        super(parser);
        this.limits = limits;
        this.startOffset = offset(parser.currentTokenLocation());
        if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
            depth = 1;
        }
    }

    @Override
    public JsonToken nextToken() {
        JsonToken t = delegate.nextToken();
        if (t == null) {
            return null;
        }
        switch (t) {
            case START_OBJECT:
            case START_ARRAY:
                if (++depth > limits.maxNestingDepth()) {
                    throw limit("Document nesting depth (" + depth + ")", limits.maxNestingDepth());
                }
                break;
            case END_OBJECT:
            case END_ARRAY:
                depth--;
                break;
            case PROPERTY_NAME:
                int name = delegate.currentName().length();
                if (name > limits.maxNameLength()) {
                    throw limit("Name length (" + name + ")", limits.maxNameLength());
                }
                break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                int digits = delegate.getStringLength();
                if (digits > limits.maxNumberLength()) {
                    throw limit("Number value length (" + digits + ")", limits.maxNumberLength());
                }
                break;
            default:
                break;
        }
        long offset = offset(delegate.currentLocation());
        if (startOffset >= 0 && offset >= 0 && offset - startOffset > limits.maxDocumentLength()) {
            throw limit("Document length (" + (offset - startOffset) + ")", limits.maxDocumentLength());
        }
        return t;
    }

    @Override
    public String nextName() {
        return nextToken() == JsonToken.PROPERTY_NAME ? delegate.currentName() : null;
    }

    @Override
    public JsonParser skipChildren() {
        // through nextToken, so that what is skipped is bounded too
        if (!delegate.currentToken().isStructStart()) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken t = nextToken();
            if (t == null) {
                return this;
            }
            if (t.isStructStart()) {
                open++;
            } else if (t.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    @Override
    public String getString() {
        String text = delegate.getString();
        if (delegate.currentToken() == JsonToken.VALUE_STRING && text != null
                && text.length() > limits.maxStringLength()) {
            throw limit("String value length (" + text.length() + ")", limits.maxStringLength());
        }
        return text;
    }

    private StreamConstraintsException limit(String what, long max) {
        return new StreamConstraintsException(what + " exceeds the maximum allowed (" + max + ")",
                delegate.currentLocation());
    }

    private static long offset(TokenStreamLocation location) {
        if (location == null) {
            return -1;
        }
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }
}
