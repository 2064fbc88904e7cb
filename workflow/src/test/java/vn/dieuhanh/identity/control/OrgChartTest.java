package vn.dieuhanh.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgChartTest {

    static final Path DEMO = Path.of("../app-ear/src/main/orgchart/haiphong-2024.yaml");

    @TempDir
    Path dir;

    @Test
    void theDemoChartHasTheCityItsUnitsAndSomeoneToActInEach() throws IOException {
        OrgChart chart = OrgChart.read(DEMO);
        var paths = chart.unitPaths();

        assertThat(paths)
                .containsEntry("SO-YTE", "/UBND-HP/SO-YTE")
                .containsEntry("PHUONG-MAYTO", "/UBND-HP/QUAN-NGOQUYEN/PHUONG-MAYTO")
                .containsEntry("BO-TTTT", "/BO-TTTT");
        assertThat(chart.unitsTopDown().stream()
                        .filter(e -> "district".equals(e.getKey().type())))
                .hasSize(15);
        for (var entry : chart.unitsTopDown()) {
            var unit = entry.getKey();
            if (java.util.Set.of("department", "district", "commune", "media").contains(unit.type())) {
                assertThat(chart.people())
                        .as("a head and an officer in %s", unit.code())
                        .anyMatch(p -> p.unit().equals(unit.code()) && p.roles().contains("unit-head"))
                        .anyMatch(p -> p.unit().equals(unit.code()) && p.roles().contains("unit-officer"));
            }
        }
    }

    private Path chart(String units, String people) throws IOException {
        Path file = dir.resolve("chart.yaml");
        Files.writeString(
                file,
                """
                realm: "haiphong"
                roles:
                  - name: "unit-head"
                    description: "Thủ trưởng đơn vị"
                units:
                %s
                people:
                %s
                """
                        .formatted(units, people));
        return file;
    }

    private static final String ONE_UNIT = "  - code: \"SO-YTE\"\n    name: \"Sở Y tế\"\n    type: \"department\"";

    @Test
    void aPersonInAnUnknownUnitIsRefusedBeforeAnythingIsApplied() throws IOException {
        Path file = chart(
                ONE_UNIT,
                """
                  - username: "a"
                    firstName: "An"
                    lastName: "Lê"
                    email: "a@x.vn"
                    unit: "SO-XYZ"
                    roles: ["unit-head"]""");

        assertThatThrownBy(() -> OrgChart.read(file)).hasMessageContaining("không có đơn vị SO-XYZ");
    }

    @Test
    void duplicateCodesUnknownRolesAndDecomposedTextAreRefused() throws IOException {
        Path twice = chart(ONE_UNIT + "\n" + ONE_UNIT, "  []");
        assertThatThrownBy(() -> OrgChart.read(twice)).hasMessageContaining("bị trùng");

        Path unknownRole = chart(
                ONE_UNIT,
                """
                  - username: "a"
                    firstName: "An"
                    lastName: "Lê"
                    email: "a@x.vn"
                    unit: "SO-YTE"
                    roles: ["emperor"]""");
        assertThatThrownBy(() -> OrgChart.read(unknownRole)).hasMessageContaining("không có vai trò emperor");

        String decomposed = Normalizer.normalize("Sở Y tế", Normalizer.Form.NFD);
        Path nfd = chart("  - code: \"SO-YTE\"\n    name: \"" + decomposed + "\"\n    type: \"department\"", "  []");
        assertThatThrownBy(() -> OrgChart.read(nfd)).hasMessageContaining("NFC");
    }
}
