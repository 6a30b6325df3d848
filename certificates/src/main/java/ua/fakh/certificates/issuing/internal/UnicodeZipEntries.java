package ua.fakh.certificates.issuing.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * ZIP entries whose Cyrillic names every unzipper shows. {@link java.util.zip.ZipOutputStream} writes
 * names in UTF-8 with the UTF-8 flag, but says the archive was made by MS-DOS, and Info-ZIP
 * {@code unzip} then reads the name as an OEM code page. So a non-ASCII name also gets Info-ZIP's
 * "Unicode Path" extra field (0x7075, APPNOTE 4.6.9), which {@code unzip}, 7-Zip and others prefer
 * to the header's name; Windows Explorer and macOS Archive Utility read the flagged UTF-8 name.
 */
final class UnicodeZipEntries {
    private static final short UNICODE_PATH = 0x7075;
    private static final byte VERSION = 1;

    private UnicodeZipEntries() {
    }

    static ZipEntry named(String name) {
        ZipEntry entry = new ZipEntry(name);
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length == name.length()) {
            return entry;
        }
        // The CRC is of the name as the header stores it (here the same UTF-8 bytes): readers use it
        // to tell that the field still belongs to that name.
        CRC32 crc = new CRC32();
        crc.update(utf8);
        int size = 1 + 4 + utf8.length;
        ByteBuffer extra = ByteBuffer.allocate(4 + size).order(ByteOrder.LITTLE_ENDIAN)
                .putShort(UNICODE_PATH).putShort((short) size).put(VERSION).putInt((int) crc.getValue()).put(utf8);
        entry.setExtra(extra.array());
        return entry;
    }
}
