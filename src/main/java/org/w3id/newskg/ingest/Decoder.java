package org.w3id.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 with a BOM or, without one, when the NUL pattern shows it;
 * another charset only when the user names it. Binary data and invalid UTF-8 are refused with a message that
 * says where and what to do.
 */
final class Decoder {
    private Decoder() {}

    /** @param declared a charset the user named, or empty for detection */
    static String decode(String source, byte[] bytes, Optional<Charset> declared) {
        if (bytes.length == 0) throw new IngestException(source + ": empty file");
        if (declared.isPresent()) return strict(source, bytes, 0, declared.get());
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(source, bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(source, bytes, 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(source, bytes, 2, StandardCharsets.UTF_16LE);
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) return strict(source, bytes, 0, utf16.get());
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) throw new IngestException(source + ": binary data (NUL byte at offset " + nul + "), not a text file");
        return strict(source, bytes, 0, StandardCharsets.UTF_8);
    }

    private static String strict(String source, byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text = dec.decode(in).toString();
            int control = firstControl(text);
            if (control >= 0 && controlShare(text) > 0.01)
                throw new IngestException(source + ": binary data (control character U+%04X at offset %d), not a text file"
                        .formatted((int) text.charAt(control), control));
            return text;
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new IngestException("%s: not valid %s (byte 0x%02X at offset %d); convert it to UTF-8 or name its encoding with --encoding"
                    .formatted(source, cs.name(), bytes[Math.min(at, bytes.length - 1)] & 0xFF, at));
        }
    }

    /** UTF-16 without BOM: most ASCII characters then have a NUL byte beside them, always on the same side. */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) return Optional.empty();
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenNul++;
            if (b[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return Optional.of(StandardCharsets.UTF_16BE);
        if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) if (isBadControl(text.charAt(i))) return i;
        return -1;
    }

    private static double controlShare(String text) {
        long bad = text.chars().filter(c -> isBadControl((char) c)).count();
        return (double) bad / Math.max(1, text.length());
    }

    private static boolean isBadControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) if (b[i] == v) return i;
        return -1;
    }
}
