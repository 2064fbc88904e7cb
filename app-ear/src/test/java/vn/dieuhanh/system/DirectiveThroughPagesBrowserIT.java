package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.Cases.*;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole i-Speed directive through the pages, in one browser, by the real roles one after
 * another: the records clerk registers the Ministry's letter, the leader gives the opinion (the
 * units ticked in the org chart, a short cycle typed in), the specialist drafts, the division head
 * returns and then approves, the Chief of Office signs, the clerk issues; then the department head
 * assigns, the officer reports, the head signs, the district head forwards to wards (one ward
 * reports), the DIC officer consolidates and reminds, the DIC director signs, the Ministry
 * acknowledges. Every person's bad inputs are tried on the way; what each sees is checked, and
 * every page is saved in order as target/screenshots/directive-NN-*.png.
 */
class DirectiveThroughPagesBrowserIT {

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    @Test
    void theIspeedDirectiveFromTheMinistrysLetterToTheMinistrysReceiptThroughThePages() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String code = "ISPEED-E2E-" + suffix;
        OffsetDateTime now = OffsetDateTime.now(UnitPages.ZONE).truncatedTo(ChronoUnit.SECONDS);
        // The month's measurements are in before the letter arrives; the cycle the leader types
        // is one short period around them, over by the time the letter is issued, so the DIC's
        // consolidation opens (its timer) while the units are at work.
        UnitPages.importSamples(now.minusMinutes(10));
        Cycle cycle = UnitPages.shortCycle(now);
        var letter = new OfficePages.Letter(
                "Công văn 4459/BTTTT-CVT về i-Speed " + suffix, code, suffix, UnitPages.RECIPIENTS, cycle);

        try (Browser b = Browser.open(1280, 1800)) {
            b.numberScreenshots("directive");
            var units = new UnitPages(b);
            try {
                String id = OfficePages.issueThroughPages(b, letter);
                assertThat(count("select count(*) from dh_directive where id = ? and code = '" + code + "'", id))
                        .isEqualTo(1);
                units.unitsAtWork(id, code);
                units.dicConsolidates(id, code);
            } catch (RuntimeException | AssertionError e) {
                b.saveFailure("directive-99-failure");
                throw e;
            }
        }
    }
}
