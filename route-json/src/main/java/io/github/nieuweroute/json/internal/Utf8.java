package io.github.nieuweroute.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that bytes are UTF-8 as RFC 3629 defines it, before Jackson sees them: Jackson's byte parser reads
 * overlong forms ({@code C1 B0} as {@code p}, {@code C0 AF} as {@code /}) and guesses UTF-16 or UTF-32 from the
 * first bytes, while the format is UTF-8 only. Rejected: bytes that cannot start a character ({@code 80-C1},
 * {@code F5-FF}), overlong forms, encoded surrogates ({@code ED A0-BF}), code points beyond {@code U+10FFFF},
 * truncated sequences, and the byte {@code 00}, which no JSON text holds (outside strings it is not white space,
 * inside it must be escaped) and which is how UTF-16 and UTF-32 text begins.
 *
 * <p>One instance follows one stream of bytes across chunks. Not thread-safe.
 */
public final class Utf8 {

    /** Continuation bytes still expected for the character being read. */
    private int pending;
    /** The range the next continuation byte must lie in (it is narrower after E0, ED, F0 and F4). */
    private int low = 0x80;
    private int high = 0xBF;
    /** Bytes checked so far, for the message. */
    private long offset;

    /**
     * Checks a whole byte array.
     *
     * @param bytes the bytes, not null
     * @param from the first byte
     * @param to the end, exclusive
     * @throws CharConversionException at the first byte that is not UTF-8, or if a character is cut off at the end
     */
    public static void checkAll(byte[] bytes, int from, int to) throws CharConversionException {
        Utf8 check = new Utf8();
        check.check(bytes, from, to);
        check.end();
    }

    /**
     * Checks the next chunk of the stream.
     *
     * @param bytes the chunk's array, not null
     * @param from the first byte
     * @param to the end, exclusive
     * @throws CharConversionException at the first byte that is not UTF-8
     */
    public void check(byte[] bytes, int from, int to) throws CharConversionException {
        int i = from;
        while (i < to) {
            // the common case: ASCII outside a sequence, a tight loop
            if (pending == 0) {
                while (i < to && bytes[i] > 0) {
                    i++;
                }
                if (i == to) {
                    break;
                }
            }
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if (b < low || b > high) {
                    throw bad(i - from);
                }
                pending--;
                low = 0x80;
                high = 0xBF;
            } else if (b == 0) {
                throw bad(i - from);
            } else if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                throw bad(i - from);
            }
            i++;
        }
        offset += to - from;
    }

    /**
     * Checks that the stream did not end in the middle of a character.
     *
     * @throws CharConversionException if it did
     */
    public void end() throws CharConversionException {
        if (pending > 0) {
            throw new CharConversionException("the input ends in the middle of a UTF-8 character");
        }
    }

    private CharConversionException bad(int at) {
        return new CharConversionException("byte " + (offset + at) + " is not UTF-8");
    }

    /**
     * Wraps a stream so that every byte read through it is checked; a byte that is not UTF-8 fails the read with
     * {@link CharConversionException}.
     *
     * @param in the stream, not null
     * @return the checking stream; closing it closes {@code in}
     */
    public static InputStream checking(InputStream in) {
        return new Checking(in);
    }

    private static final class Checking extends FilterInputStream {
        private final Utf8 check = new Utf8();

        Checking(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n;
            do {
                n = read(one, 0, 1);
            } while (n == 0);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) {
                check.end();
            } else {
                check.check(b, off, off + n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
