package ua.fakh.certificates.plugins.credential_pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.IOException;
import java.util.Map;

/**
 * A QR code (ZXing, error correction M) drawn as vector squares: sharp at any print size, a few hundred
 * bytes. The caller keeps four modules of white around it (the quiet zone readers need).
 */
final class QrCode {
    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of " + text, e);
        }
    }

    /** Modules per side. */
    int size() {
        return modules.getWidth();
    }

    boolean dark(int column, int row) {
        return modules.get(column, row);
    }

    /** Draws the code into the square {@code side} × {@code side} with its lower-left corner at ({@code x}, {@code bottom}). */
    void draw(PageWriter page, float x, float bottom, float side, Rgb colour) throws IOException {
        float module = side / size();
        page.fillAll(colour, sink -> {
            for (int row = 0; row < size(); row++) {
                int column = 0;
                while (column < size()) {
                    if (!dark(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < size() && dark(column, row)) {
                        column++;
                    }
                    // rows run downwards in the matrix, upwards on the page
                    sink.add(x + start * module, bottom + side - (row + 1) * module, (column - start) * module, module);
                }
            }
        });
    }
}
