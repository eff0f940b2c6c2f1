package org.welcomingcity.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files built to hurt whoever opens them: decompression bombs and an image too large to exist. */
final class UploadSamples {

    private static final int MEGABYTE = 1024 * 1024;

    private UploadSamples() {
    }

    /** A ZIP of 200 MB of zeros, some 200 KB on the wire. */
    static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("order.pdf"));
            zeros(zip, 200);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A whole PDF whose one content stream inflates to 200 MB. */
    static byte[] pdfBomb() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(stream, new Deflater(Deflater.BEST_COMPRESSION))) {
            zeros(deflate, 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = stream.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        int[] offsets = new int[4];
        write(pdf, "%PDF-1.7\n");
        offsets[0] = pdf.size();
        write(pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets[1] = pdf.size();
        write(pdf, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets[2] = pdf.size();
        write(pdf, "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n");
        offsets[3] = pdf.size();
        write(pdf, "4 0 obj << /Length " + content.length + " /Filter /FlateDecode >> stream\n");
        pdf.writeBytes(content);
        write(pdf, "\nendstream endobj\n");
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(pdf, table + "trailer << /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    /** A PNG whose header claims 2^31-1 pixels each way, with one tiny data chunk and a proper end. */
    static byte[] hugePng() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(Scans.PNG, 0, 8);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(Integer.MAX_VALUE).putInt(Integer.MAX_VALUE)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data)) {
            deflate.write(new byte[1024]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void zeros(java.io.OutputStream out, int megabytes) throws IOException {
        byte[] block = new byte[MEGABYTE];
        for (int i = 0; i < megabytes; i++) {
            out.write(block);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
