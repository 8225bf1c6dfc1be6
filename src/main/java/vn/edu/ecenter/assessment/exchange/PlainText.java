package vn.edu.ecenter.assessment.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A text file (GIFT, Aiken) as lines, checked to be UTF-8, and cut into blocks separated by blank lines. */
final class PlainText {

    /** A block of consecutive non-blank lines and the number (from 1) of its first line. */
    record Block(int line, List<String> lines) {}

    private PlainText() {}

    static String decode(byte[] content, String format) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (text.isBlank()) {
                throw UnreadableFile.of("assessment.exchange.file.empty");
            }
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw UnreadableFile.of("assessment.exchange.file.notUtf8", format);
        }
    }

    /** The blocks of the text; lines for which {@code ignored} holds are dropped first (GIFT's comments). */
    static List<Block> blocks(String text, java.util.function.Predicate<String> ignored) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (ignored.test(line)) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current));
                    current = new ArrayList<>();
                }
                continue;
            }
            if (current.isEmpty()) {
                start = i + 1;
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(start, current));
        }
        return blocks;
    }
}
