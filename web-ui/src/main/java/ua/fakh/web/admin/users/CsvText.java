package ua.fakh.web.admin.users;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file: UTF-8 when it is valid UTF-8, else Windows-1251, which is what
 * a spreadsheet in a Ukrainian Windows saves as "CSV" by default.
 */
public final class CsvText {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private CsvText() {
    }

    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1251);
        }
    }
}
