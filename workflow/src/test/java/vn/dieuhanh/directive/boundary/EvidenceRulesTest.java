package vn.dieuhanh.directive.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceRulesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};

    @Test
    void picturesAreTakenByTheirBytesWhateverTheirNameSays() {
        var accepted = EvidenceRules.check(
                List.of(new EvidenceRules.Upload("ảnh hội nghị.png", PNG), new EvidenceRules.Upload("anh.dat", JPEG)));
        assertThat(accepted).extracting(EvidenceRules.Accepted::mediaType).containsExactly("image/png", "image/jpeg");
        assertThat(accepted.get(0).fileName()).isEqualTo("ảnh hội nghị.png");
    }

    @Test
    void aFileOfAnotherTypeIsRefusedEvenNamedPdf() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvidenceRules.check(List.of(new EvidenceRules.Upload("bao-cao.pdf", script))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bao-cao.pdf")
                .hasMessageContaining("không phải PDF, PNG hoặc JPEG")
                .hasMessageContaining("is not a PDF, PNG or JPEG");
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsDeclaredSizeAndByItsBytes() {
        assertThatThrownBy(() -> EvidenceRules.checkSize("lon.jpg", EvidenceRules.MAX_BYTES + 1L))
                .hasMessageContaining("quá lớn")
                .hasMessageContaining("too large");
        byte[] large = new byte[EvidenceRules.MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, large, 0, JPEG.length);
        assertThatThrownBy(() -> EvidenceRules.check(new EvidenceRules.Upload("lon.jpg", large)))
                .hasMessageContaining("quá lớn");
        byte[] justRight = new byte[EvidenceRules.MAX_BYTES];
        System.arraycopy(JPEG, 0, justRight, 0, JPEG.length);
        assertThat(EvidenceRules.check(new EvidenceRules.Upload("vua.jpg", justRight))
                        .mediaType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void emptyFilesAndTooManyFilesAreRefused() {
        assertThatThrownBy(() -> EvidenceRules.check(new EvidenceRules.Upload("rong.png", new byte[0])))
                .hasMessageContaining("rỗng");
        var many = Collections.nCopies(EvidenceRules.MAX_FILES + 1, new EvidenceRules.Upload("a.png", PNG));
        assertThatThrownBy(() -> EvidenceRules.check(many)).hasMessageContaining("Tối đa");
        assertThat(EvidenceRules.check(List.of())).isEmpty();
    }

    @Test
    void aFileNameCannotCarryAPathOrControlCharacters() {
        assertThat(EvidenceRules.fileName("../../etc/passwd\u0000.png")).isEqualTo(".._.._etc_passwd_.png");
        assertThat(EvidenceRules.fileName(" ")).isEqualTo("minh-chung");
        // Decomposed Vietnamese (as some systems send it) is stored composed.
        assertThat(EvidenceRules.fileName("a\u0300nh.png")).isEqualTo("ành.png");
    }
}
