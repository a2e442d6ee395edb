package org.stancekit.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stancekit.corpus.FolderReaderTest.read;

class VntcReaderTest {

    @TempDir
    Path tmp;

    static void utf16(Path f, String text) throws IOException {
        Files.createDirectories(f.getParent());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[]{(byte) 0xFF, (byte) 0xFE});
        b.write(text.getBytes(StandardCharsets.UTF_16LE));
        Files.write(f, b.toByteArray());
    }

    static Article vntc(String id, String text, String outlet, String topic, String split) {
        return new Article(id, text, null, outlet, null, null, Map.of("label", topic),
                split == null ? Map.of() : Map.of("vntc_split", split));
    }

    @Test
    void readsSplitLayoutLikeTheJsonlRelease() throws IOException {
        Path root = tmp.resolve("vntc");
        utf16(root.resolve("Train_Full/The gioi/TG_ VNE_ (2).txt"), " Hội nghị ở Paris \r\nKết thúc.\r\n\r\n");
        utf16(root.resolve("Train_Full/The gioi/TG_NLD_ (1).txt"), "Tin thế giới\r\n");
        utf16(root.resolve("Train_Full/Van hoa/VH_TT_ (5).txt"), "Lễ hội");
        utf16(root.resolve("Test_Full/The gioi/TG_NLD_T_ (9).txt"), "Thử nghiệm");
        utf16(root.resolve("Test_Full/The gioi/odd name.txt"), "x");
        utf16(root.resolve("Test_Full/The gioi/empty.txt"), " \r\n ");
        Files.writeString(root.resolve("Test_Full/The gioi/notes.doc"), "x");
        Files.writeString(root.resolve("README"), "x");

        FolderReaderTest.Result r = read(Inputs.open(List.of(root), InputOptions.defaults().withFormat(Format.VNTC)));
        assertEquals(List.of(
                vntc("TG_NLD_T_ (9).txt", "Thử nghiệm", "NLD", "The gioi", "Test_Full"),
                vntc("odd name.txt", "x", null, "The gioi", "Test_Full"),
                vntc("TG_ VNE_ (2).txt", "Hội nghị ở Paris \nKết thúc.", "VNE", "The gioi", "Train_Full"),
                vntc("TG_NLD_ (1).txt", "Tin thế giới", "NLD", "The gioi", "Train_Full"),
                vntc("VH_TT_ (5).txt", "Lễ hội", "TT", "Van hoa", "Train_Full")), r.articles());
        assertEquals(List.of(
                new ReadError(root.resolve("README").toString(), 0, "unsupported file type in VNTC layout (expected .txt)", ""),
                new ReadError(root.resolve("Test_Full/The gioi/empty.txt").toString(), 0, "empty file", ""),
                new ReadError(root.resolve("Test_Full/The gioi/notes.doc").toString(), 0, "unsupported file type in VNTC layout (expected .txt)", "")),
                r.errors());
    }

    @Test
    void readsTopicLayoutWithCustomLabelField() throws IOException {
        Path root = tmp.resolve("Train_Full");
        utf16(root.resolve("Suc khoe/SK_TN_ (3).txt"), "Sức khỏe\r\n");
        FolderReaderTest.Result r = read(new VntcReader(root, "topic", 1000));
        assertEquals(List.of(new Article("SK_TN_ (3).txt", "Sức khỏe", null, "TN", null, null, Map.of("topic", "Suc khoe"), Map.of())),
                r.articles());
    }

    @Test
    void rejectsNonLayouts() throws IOException {
        Path f = tmp.resolve("a.txt");
        Files.writeString(f, "x");
        assertThrows(CorpusException.class, () -> Inputs.open(List.of(f), InputOptions.defaults().withFormat(Format.VNTC)));
        CorpusException e = assertThrows(CorpusException.class, () -> read(new VntcReader(tmp)));
        assertEquals(tmp + ": no topic folders (VNTC layout is <root>/<topic>/*.txt or <root>/<split>/<topic>/*.txt)", e.getMessage());
    }

    @Test
    void outletFromFileName() {
        assertEquals("NLD", VntcReader.outletOf("XH_NLD_T_ (8962).txt"));
        assertEquals("VNE", VntcReader.outletOf("DS_ VNE_ (1000).txt"));
        assertEquals("TT", VntcReader.outletOf("TT_TT_.txt"));
        assertEquals("TN", VntcReader.outletOf("KH_TN_ (4).txt"));
        assertNull(VntcReader.outletOf("foo.txt"));
        assertNull(VntcReader.outletOf("A_XYZ_ (1).txt"));
    }
}
