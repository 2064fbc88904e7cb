package vn.dieuhanh.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dieuhanh.dispatch.boundary.DocumentContent;
import vn.dieuhanh.dispatch.boundary.DocumentContent.SignatureBlock;

/**
 * The authority line when someone signs for the head (Decree 30, Appendix I): a deputy "KT.", anyone
 * else the head authorised "TUQ.", each under the head's title and over their own title and name.
 */
class SignedForTest {

    private static DocumentContent signedByHead(SignatureBlock block) {
        DocumentContent c = Samples.letter();
        return new DocumentContent(
                c.kind(),
                c.parentAuthority(),
                c.authority(),
                c.typeTitle(),
                c.numberSuffix(),
                c.number(),
                c.subject(),
                c.place(),
                c.date(),
                c.addressees(),
                c.paragraphs(),
                c.tables(),
                block,
                c.copiesTo(),
                c.filedAt(),
                true,
                c.verifyUrl());
    }

    private static final DocumentContent DIRECTOR =
            signedByHead(new SignatureBlock(null, null, "Giám đốc", "Lê Văn A"));

    @Test
    void a_deputy_signs_kt_under_their_own_title_and_name() {
        SignatureBlock block = SignatureBlocks.signedFor(DIRECTOR, "Đoàn Minh Hải", "Phó Giám đốc")
                .signature();
        assertThat(block).isEqualTo(new SignatureBlock("KT.", "Giám đốc", "Phó Giám đốc", "Đoàn Minh Hải"));
    }

    @Test
    void a_deputy_without_a_title_on_record_prints_pho_and_the_heads_title() {
        SignatureBlock block =
                SignatureBlocks.signedFor(DIRECTOR, "Đoàn Minh Hải", " ").signature();
        assertThat(block).isEqualTo(new SignatureBlock("KT.", "Giám đốc", "PHÓ Giám đốc", "Đoàn Minh Hải"));
    }

    @Test
    void someone_authorised_who_is_not_a_deputy_signs_tuq() {
        SignatureBlock block = SignatureBlocks.signedFor(DIRECTOR, "Vũ Thành Long", "Chánh Văn phòng")
                .signature();
        assertThat(block).isEqualTo(new SignatureBlock("TUQ.", "Giám đốc", "Chánh Văn phòng", "Vũ Thành Long"));
    }

    @Test
    void under_a_collectives_authority_the_line_follows_tm() {
        DocumentContent committee = signedByHead(new SignatureBlock("TM.", "Ủy ban nhân dân", "Chủ tịch", "Lê Văn C"));
        assertThat(SignatureBlocks.signedFor(committee, "Trần B", "PHÓ CHỦ TỊCH")
                        .signature())
                .isEqualTo(new SignatureBlock("TM. Ủy ban nhân dân\nKT.", "Chủ tịch", "PHÓ CHỦ TỊCH", "Trần B"));
        assertThat(SignatureBlocks.signedFor(committee, "Phạm D", "Chánh Văn phòng")
                        .signature())
                .isEqualTo(new SignatureBlock("TM. Ủy ban nhân dân\nTUQ.", "Chủ tịch", "Chánh Văn phòng", "Phạm D"));
    }

    @Test
    void a_deputy_title_is_recognised_in_any_case_and_normal_form() {
        assertThat(SignatureBlocks.isDeputyTitle("phó giám đốc")).isTrue();
        assertThat(SignatureBlocks.isDeputyTitle("PHÓ CHÁNH VĂN PHÒNG")).isTrue();
        // "Phó" typed decomposed (o + combining acute) reads the same after NFC.
        String decomposed = java.text.Normalizer.normalize("Phó Giám đốc", java.text.Normalizer.Form.NFD);
        assertThat(SignatureBlocks.signedFor(DIRECTOR, "X", decomposed)
                        .signature()
                        .capacity())
                .isEqualTo("KT.");
        assertThat(SignatureBlocks.isDeputyTitle("Phòng Kế hoạch")).isFalse();
        assertThat(SignatureBlocks.isDeputyTitle("Chánh Văn phòng")).isFalse();
    }
}
