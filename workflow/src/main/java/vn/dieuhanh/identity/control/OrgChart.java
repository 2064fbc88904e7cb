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
import vn.dieuhanh.identity.boundary.Position;

/**
 * The organisation chart file (YAML): the realm roles, the units as a tree with stable codes,
 * and the people with the positions they hold (a role in a unit, with a title). See docs, "Org
 * chart file".
 */
public record OrgChart(String realm, List<Role> roles, List<Unit> units, List<Person> people) {

    public record Role(String name, String description) {}

    public record Unit(String code, String name, String type, List<Unit> units) {
        public List<Unit> units() {
            return units == null ? List.of() : units;
        }
    }

    /**
     * A person with the positions they hold: the short form names one unit, the roles held there
     * and the title printed for them; {@code positions} lists further (unit, role, title) triples,
     * a concurrent position (kiêm nhiệm) in another unit for example.
     */
    public record Person(
            String username,
            String firstName,
            String lastName,
            String email,
            String unit,
            List<String> roles,
            String title,
            List<Held> positions) {

        public List<String> roles() {
            return roles == null ? List.of() : roles;
        }

        public List<Held> positions() {
            return positions == null ? List.of() : positions;
        }

        /** Every position this person holds, the short form's first. */
        public List<Position> held() {
            List<Position> all = new ArrayList<>();
            if (unit != null) {
                roles().forEach(role -> all.add(new Position(unit, role, title)));
            }
            positions().forEach(p -> all.add(new Position(p.unit(), p.role(), p.title())));
            return all.stream().distinct().toList();
        }

        /** Every unit this person holds a position in (or belongs to). */
        public Set<String> units() {
            Set<String> units = new java.util.LinkedHashSet<>();
            if (unit != null) {
                units.add(unit);
            }
            positions().forEach(p -> units.add(p.unit()));
            return units;
        }
    }

    /** A position as the file writes it. */
    public record Held(String unit, String role, String title) {}

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
            if (person.units().isEmpty()) {
                throw new IllegalArgumentException(
                        person.username() + ": cần một đơn vị hoặc một chức vụ." + " / needs a unit or a position.");
            }
            for (String unit : person.units()) {
                if (!paths.containsKey(unit)) {
                    throw new IllegalArgumentException(
                            person.username() + ": không có đơn vị " + unit + " / no unit " + unit);
                }
            }
            for (var held : person.positions()) {
                if (held.role() == null) {
                    throw new IllegalArgumentException(person.username() + ": chức vụ tại " + held.unit()
                            + " thiếu vai trò / a position in " + held.unit() + " lacks its role");
                }
            }
            for (Position position : person.held()) {
                if (!roleNames.contains(position.role())) {
                    throw new IllegalArgumentException(person.username() + ": không có vai trò " + position.role()
                            + " / no role " + position.role());
                }
                if (position.title() != null) {
                    requireNfc(position.title(), person.username());
                    if (position.title().contains("/")) {
                        throw new IllegalArgumentException(person.username() + ": chức danh không được chứa '/'."
                                + " / a title cannot contain '/'.");
                    }
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
