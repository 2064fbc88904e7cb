package vn.dieuhanh.identity.control;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation chart file (YAML): the realm roles, the units as a tree with stable codes,
 * and the people with their unit and roles. See docs, "Org chart file".
 */
public record OrgChart(String realm, List<Role> roles, List<Unit> units, List<Person> people) {

    public record Role(String name, String description) {}

    public record Unit(String code, String name, String type, List<Unit> units) {
        public List<Unit> units() {
            return units == null ? List.of() : units;
        }
    }

    public record Person(
            String username, String firstName, String lastName, String email, String unit, List<String> roles) {
        public List<String> roles() {
            return roles == null ? List.of() : roles;
        }
    }

    public static OrgChart read(Path file) throws IOException {
        var mapper =
                new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        OrgChart chart = mapper.readValue(file.toFile(), OrgChart.class);
        chart.validate();
        return chart;
    }

    /** The Keycloak group path of every unit, by code: {@code /UBND-HP/QUAN-NGOQUYEN/PHUONG-MAYTO}. */
    public Map<String, String> unitPaths() {
        Map<String, String> paths = new HashMap<>();
        collect(units, "", paths);
        return paths;
    }

    /** Every unit with its parent's code (null at the top), parents before children. */
    public List<Map.Entry<Unit, String>> unitsTopDown() {
        List<Map.Entry<Unit, String>> ordered = new ArrayList<>();
        walk(units, null, ordered);
        return ordered;
    }

    private static void walk(List<Unit> units, String parent, List<Map.Entry<Unit, String>> ordered) {
        for (Unit unit : units) {
            ordered.add(new java.util.AbstractMap.SimpleImmutableEntry<>(unit, parent));
            walk(unit.units(), unit.code(), ordered);
        }
    }

    private static void collect(List<Unit> units, String prefix, Map<String, String> paths) {
        for (Unit unit : units) {
            String path = prefix + "/" + unit.code();
            if (paths.put(unit.code(), path) != null) {
                throw new IllegalArgumentException(
                        "Mã đơn vị " + unit.code() + " bị trùng. / Unit code " + unit.code() + " appears twice.");
            }
            collect(unit.units(), path, paths);
        }
    }

    /** Refuses a chart that would half-apply: unknown units or roles, duplicates, non-NFC text. */
    void validate() {
        if (realm == null || realm.isBlank()) {
            throw new IllegalArgumentException("Thiếu tên realm. / The realm is missing.");
        }
        Map<String, String> paths = unitPaths();
        for (var entry : unitsTopDown()) {
            Unit unit = entry.getKey();
            if (unit.code() == null || !unit.code().matches("[A-Z0-9][A-Z0-9-]*")) {
                throw new IllegalArgumentException(
                        "Mã đơn vị không hợp lệ: " + unit.code() + " / Invalid unit code: " + unit.code());
            }
            requireNfc(unit.name(), unit.code());
        }
        Set<String> roleNames = new HashSet<>();
        roles.forEach(role -> roleNames.add(role.name()));
        Set<String> usernames = new HashSet<>();
        for (Person person : people) {
            if (!usernames.add(person.username())) {
                throw new IllegalArgumentException("Tên đăng nhập " + person.username() + " bị trùng. / Username "
                        + person.username() + " appears twice.");
            }
            if (!paths.containsKey(person.unit())) {
                throw new IllegalArgumentException(
                        person.username() + ": không có đơn vị " + person.unit() + " / no unit " + person.unit());
            }
            for (String role : person.roles()) {
                if (!roleNames.contains(role)) {
                    throw new IllegalArgumentException(
                            person.username() + ": không có vai trò " + role + " / no role " + role);
                }
            }
            if (person.email() == null || person.firstName() == null || person.lastName() == null) {
                // Keycloak refuses a password login for users without them ("Account is not fully set up").
                throw new IllegalArgumentException(
                        person.username() + ": cần email, tên và họ." + " / needs an email, a first and a last name.");
            }
            requireNfc(person.firstName(), person.username());
            requireNfc(person.lastName(), person.username());
        }
    }

    private static void requireNfc(String text, String where) {
        if (text == null || !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            throw new IllegalArgumentException(where + ": văn bản phải là Unicode NFC. / text must be Unicode NFC.");
        }
    }
}
