package io.github.nieuweroute.jackson2.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.base.ParserMinimalBase;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.JsonReadContext;

/**
 * The tokens of one JSON value as a Jackson 2 parser reads them, seen as a Jackson 3 token stream, so that
 * route-json's reader (which defines the format, and holds the {@code JsonLimits} within the value) reads them.
 * Jackson 2's failures become the Jackson 3 failures that route-json turns into {@code RouteJsonException}. Not
 * thread-safe; it never closes the Jackson 2 parser.
 */
public final class TokenStream extends ParserMinimalBase {

    private final com.fasterxml.jackson.core.JsonParser in;

    /**
     * Wraps a Jackson 2 parser that stands on the first token of a value (or before it).
     *
     * @param in the Jackson 2 parser, not null
     */
    public TokenStream(com.fasterxml.jackson.core.JsonParser in) {
        super(ObjectReadContext.empty());
        this.in = in;
        com.fasterxml.jackson.core.JsonToken first = in.currentToken();
        _currToken = first == null ? null : map(first);
    }

    @Override
    public JsonToken nextToken() {
        com.fasterxml.jackson.core.JsonToken t = call(in::nextToken);
        _currToken = t == null ? null : map(t);
        return _currToken;
    }

    private static JsonToken map(com.fasterxml.jackson.core.JsonToken t) {
        switch (t) {
            case START_OBJECT:
                return JsonToken.START_OBJECT;
            case END_OBJECT:
                return JsonToken.END_OBJECT;
            case START_ARRAY:
                return JsonToken.START_ARRAY;
            case END_ARRAY:
                return JsonToken.END_ARRAY;
            case FIELD_NAME:
                return JsonToken.PROPERTY_NAME;
            case VALUE_STRING:
                return JsonToken.VALUE_STRING;
            case VALUE_NUMBER_INT:
                return JsonToken.VALUE_NUMBER_INT;
            case VALUE_NUMBER_FLOAT:
                return JsonToken.VALUE_NUMBER_FLOAT;
            case VALUE_TRUE:
                return JsonToken.VALUE_TRUE;
            case VALUE_FALSE:
                return JsonToken.VALUE_FALSE;
            case VALUE_NULL:
                return JsonToken.VALUE_NULL;
            case VALUE_EMBEDDED_OBJECT:
                return JsonToken.VALUE_EMBEDDED_OBJECT;
            default:
                return JsonToken.NOT_AVAILABLE;
        }
    }

    // -- the failures route-json translates

    /** A Jackson 2 call that may fail. */
    @FunctionalInterface
    private interface Call<T> {
        T get() throws IOException;
    }

    private <T> T call(Call<T> call) {
        try {
            return call.get();
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // Jackson's wording is kept: route-json reads the kind of limit from it
            return rethrow(new StreamConstraintsException(e.getOriginalMessage(), location(e.getLocation())));
        } catch (JsonEOFException e) {
            return rethrow(new UnexpectedEndOfInputException(this, null, "the input ends inside a value"));
        } catch (JsonProcessingException e) {
            // Jackson 2's message can quote the input: not passed on
            return rethrow(new StreamReadException(this, "the input is not well-formed JSON",
                    location(e.getLocation())));
        } catch (IOException e) {
            return rethrow(JacksonIOException.construct(e));
        }
    }

    private static <T> T rethrow(JacksonException e) {
        throw e;
    }

    private static TokenStreamLocation location(JsonLocation location) {
        if (location == null) {
            return TokenStreamLocation.NA;
        }
        return new TokenStreamLocation(ContentReference.redacted(), location.getByteOffset(),
                location.getCharOffset(), location.getLineNr(), location.getColumnNr());
    }

    // -- the current token, passed through

    @Override
    public String currentName() {
        return call(in::currentName);
    }

    @Override
    public String getString() {
        if (_currToken == JsonToken.PROPERTY_NAME) {
            return currentName();
        }
        return call(in::getText);
    }

    @Override
    public char[] getStringCharacters() {
        return call(in::getTextCharacters);
    }

    @Override
    public int getStringLength() {
        return call(in::getTextLength);
    }

    @Override
    public int getStringOffset() {
        return call(in::getTextOffset);
    }

    @Override
    public boolean hasStringCharacters() {
        return in.hasTextCharacters();
    }

    @Override
    public Number getNumberValue() {
        return call(in::getNumberValue);
    }

    @Override
    public NumberType getNumberType() {
        com.fasterxml.jackson.core.JsonParser.NumberType type = call(in::getNumberType);
        return type == null ? null : NumberType.valueOf(type.name());
    }

    @Override
    public int getIntValue() {
        return call(in::getIntValue);
    }

    @Override
    public long getLongValue() {
        return call(in::getLongValue);
    }

    @Override
    public BigInteger getBigIntegerValue() {
        return call(in::getBigIntegerValue);
    }

    @Override
    public float getFloatValue() {
        return call(in::getFloatValue);
    }

    @Override
    public double getDoubleValue() {
        return call(in::getDoubleValue);
    }

    @Override
    public BigDecimal getDecimalValue() {
        return call(in::getDecimalValue);
    }

    @Override
    public boolean isNaN() {
        return call(in::isNaN);
    }

    @Override
    public byte[] getBinaryValue(Base64Variant variant) {
        return call(in::getBinaryValue);
    }

    @Override
    public Object currentValue() {
        return null;
    }

    @Override
    public void assignCurrentValue(Object value) {
        // the format's reader keeps no current values
    }

    @Override
    public TokenStreamContext streamReadContext() {
        // route-json keeps its own path; the Jackson 2 parser's context is the one that counts for its caller
        return JsonReadContext.createRootContext(null);
    }

    @Override
    public TokenStreamLocation currentLocation() {
        return location(in.currentLocation());
    }

    @Override
    public TokenStreamLocation currentTokenLocation() {
        return location(in.currentTokenLocation());
    }

    @Override
    public Object streamReadInputSource() {
        return null;
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    protected void _closeInput() {
        // the Jackson 2 parser belongs to its mapper
    }

    @Override
    protected void _releaseBuffers() {
        // none held
    }

    @Override
    protected void _handleEOF() {
        // the value ends before the input does
    }
}
