package vn.dieuhanh.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OfficialLayoutTest {

    private final OfficialLayout layout = new OfficialLayout();

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void every_kind_is_pdfa_2b(DocumentKind kind) throws Exception {
        byte[] pdf = layout.render(Samples.unsigned(kind));
        Path dir = Path.of("target", "samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(kind.name().toLowerCase() + ".pdf"), pdf);
        Files.write(dir.resolve(kind.name().toLowerCase() + "-issued.pdf"), layout.render(Samples.issued(kind)));
        Files.write(dir.resolve(kind.name().toLowerCase() + "-draft.pdf"), layout.render(Samples.draft(kind)));
        assertThat(PdfA.violations(pdf)).isEmpty();
    }
}
