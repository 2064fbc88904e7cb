package vn.dieuhanh.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dieuhanh.identity.boundary.Position;

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

    private Path twoRoleChart(String people) throws IOException {
        Path file = dir.resolve("positions.yaml");
        Files.writeString(
                file,
                """
                realm: "haiphong"
                roles:
                  - name: "unit-head"
                    description: "Thủ trưởng đơn vị"
                  - name: "unit-officer"
                    description: "Cán bộ đầu mối"
                units:
                  - code: "SO-YTE"
                    name: "Sở Y tế"
                    type: "department"
                  - code: "SO-TP"
                    name: "Sở Tư pháp"
                    type: "department"
                people:
                %s
                """
                        .formatted(people));
        return file;
    }

    @Test
    void aPersonHoldsTheRolesOfTheShortFormAndEachFurtherPositionNothingMore() throws IOException {
        OrgChart chart = OrgChart.read(
                twoRoleChart(
                        """
                  - username: "kiem"
                    firstName: "An"
                    lastName: "Lê"
                    email: "kiem@x.vn"
                    unit: "SO-YTE"
                    roles: ["unit-officer"]
                    title: "Chuyên viên"
                    positions:
                      - unit: "SO-TP"
                        role: "unit-head"
                        title: "Phó Giám đốc phụ trách"
                """));
        var person = chart.people().get(0);

        assertThat(person.held())
                .containsExactly(
                        new Position("SO-YTE", "unit-officer", "Chuyên viên"),
                        new Position("SO-TP", "unit-head", "Phó Giám đốc phụ trách"));
        assertThat(person.units()).containsExactly("SO-YTE", "SO-TP");
    }

    @Test
    void aPositionInAnUnknownUnitOrWithoutARoleOrWithASlashInItsTitleIsRefused() {
        String person =
                """
                  - username: "a"
                    firstName: "An"
                    lastName: "Lê"
                    email: "a@x.vn"
                    positions:
                      - unit: "%s"
                        role: %s
                        title: "%s"
                """;
        assertThatThrownBy(() -> OrgChart.read(twoRoleChart(person.formatted("SO-XYZ", "\"unit-head\"", "Giám đốc"))))
                .hasMessageContaining("không có đơn vị SO-XYZ");
        assertThatThrownBy(() -> OrgChart.read(twoRoleChart(person.formatted("SO-YTE", "null", "Giám đốc"))))
                .hasMessageContaining("thiếu vai trò");
        assertThatThrownBy(() -> OrgChart.read(twoRoleChart(person.formatted("SO-YTE", "\"auditor\"", "Giám đốc"))))
                .hasMessageContaining("không có vai trò auditor");
        assertThatThrownBy(() -> OrgChart.read(twoRoleChart(person.formatted("SO-YTE", "\"unit-head\"", "A/B"))))
                .hasMessageContaining("'/'");
        assertThatThrownBy(() -> OrgChart.read(twoRoleChart(
                        "  - username: \"b\"\n    firstName: \"B\"\n    lastName: \"L\"\n    email: \"b@x.vn\"")))
                .hasMessageContaining("cần một đơn vị");
    }

    @Test
    void theDemoChartHasSomeoneWithTwoPositionsInTwoUnits() throws IOException {
        assertThat(OrgChart.read(DEMO).people())
                .anyMatch(p -> p.held().stream().map(Position::unit).distinct().count() > 1);
    }
}
