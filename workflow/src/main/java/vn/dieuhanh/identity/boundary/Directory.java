package vn.dieuhanh.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.dieuhanh.identity.control.KeycloakAdmin;

/**
 * The org chart as Keycloak holds it, asked when a step needs it (which units a unit may forward
 * to), never copied into our database where it could drift. Answers are kept a short while:
 * a reorganisation reaches the application within {@link #TTL}. The identity feature's face:
 * other features and the pages ask it about people, positions and units; how Keycloak is asked is
 * {@link KeycloakAdmin}'s business.
 */
@ApplicationScoped
public class Directory {

    static final Duration TTL = Duration.ofSeconds(60);

    @Inject
    KeycloakAdmin keycloak;

    private final Map<String, Cached<Set<String>>> subUnits = new ConcurrentHashMap<>();
    private final Map<String, Cached<UnitInfo>> units = new ConcurrentHashMap<>();
    private final Map<String, Cached<String>> people = new ConcurrentHashMap<>();

    private record Cached<T>(T value, Instant until) {
        boolean fresh() {
            return Instant.now().isBefore(until);
        }
    }

    /** The codes of the units directly below this one in the org chart (a district's communes). */
    public Set<String> subUnitsOf(String unitCode) {
        Cached<Set<String>> cached = subUnits.get(unitCode);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        Set<String> codes = groupId(unitCode)
                .map(id -> children(id).stream()
                        .map(group -> group.getString("name"))
                        .filter(Directory::isUnit)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        subUnits.put(unitCode, new Cached<>(codes, Instant.now().plus(TTL)));
        return codes;
    }

    /** A person of a unit as a page offers them: user name and full name, family name first. */
    public record Person(String username, String fullName) {}

    private final Map<String, Cached<java.util.List<Person>>> holders = new ConcurrentHashMap<>();

    /**
     * The people who hold this role in this unit (members of the position's group or of a title
     * group below it), enabled, by full name: the officers a unit head may assign. A person who
     * holds the role in another unit only is not among them.
     */
    public java.util.List<Person> holdersOf(String unitCode, String role) {
        String key = unitCode + "|" + role;
        Cached<java.util.List<Person>> cached = holders.get(key);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        java.util.List<Person> found = positionMembers(unitCode).getOrDefault(role, java.util.List.of()).stream()
                .filter(user -> user.getBoolean("enabled", true))
                .map(user -> new Person(user.getString("username"), fullNameOf(user, user.getString("username"))))
                .distinct()
                .sorted(java.util.Comparator.comparing(Person::fullName))
                .toList();
        holders.put(key, new Cached<>(found, Instant.now().plus(TTL)));
        return found;
    }

    /** A member of a unit with the roles they hold in it, as the org chart page lists them. */
    public record Member(String username, String fullName, java.util.List<String> roles) {}

    /**
     * Everyone of this unit, enabled or not, with the roles they hold in this unit (not in their
     * other units): read fresh each time, for the administrator who is about to change them.
     */
    public java.util.List<Member> membersOf(String unitCode) {
        Map<String, JsonObject> people = new java.util.LinkedHashMap<>();
        Map<String, java.util.SortedSet<String>> roles = new java.util.HashMap<>();
        members(groupId(unitCode)).forEach(user -> {
            people.putIfAbsent(user.getString("username"), user);
            roles.computeIfAbsent(user.getString("username"), u -> new java.util.TreeSet<>());
        });
        positionMembers(unitCode)
                .forEach((role, users) -> users.forEach(user -> {
                    people.putIfAbsent(user.getString("username"), user);
                    roles.computeIfAbsent(user.getString("username"), u -> new java.util.TreeSet<>())
                            .add(role);
                }));
        return people.values().stream()
                .map(user -> new Member(
                        user.getString("username"),
                        fullNameOf(user, user.getString("username")),
                        java.util.List.copyOf(roles.get(user.getString("username")))))
                .sorted(java.util.Comparator.comparing(Member::fullName))
                .toList();
    }

    /** The role groups below a unit's group, by role: (group id, its title groups' ids). */
    private Map<String, java.util.List<String>> positionGroups(String unitCode) {
        Map<String, java.util.List<String>> groups = new java.util.TreeMap<>();
        groupId(unitCode).ifPresent(unit -> children(unit).stream()
                .filter(group -> !isUnit(group.getString("name")))
                .forEach(role -> {
                    java.util.List<String> ids = new java.util.ArrayList<>();
                    ids.add(role.getString("id"));
                    children(role.getString("id")).forEach(title -> ids.add(title.getString("id")));
                    groups.put(role.getString("name"), ids);
                }));
        return groups;
    }

    /** The people of each position of a unit, title groups included, by role. */
    private Map<String, java.util.List<JsonObject>> positionMembers(String unitCode) {
        Map<String, java.util.List<JsonObject>> found = new java.util.TreeMap<>();
        positionGroups(unitCode)
                .forEach((role, ids) -> ids.forEach(id -> found.computeIfAbsent(role, r -> new java.util.ArrayList<>())
                        .addAll(members(Optional.of(id)))));
        return found;
    }

    private java.util.List<JsonObject> children(String groupId) {
        return keycloak.children(groupId, true);
    }

    private java.util.List<JsonObject> members(Optional<String> groupId) {
        return keycloak.members(groupId);
    }

    /** Unit groups are named by codes in capitals; positions below them by roles in small letters. */
    static boolean isUnit(String groupName) {
        return Position.UNIT_CODE.matcher(groupName).matches();
    }

    /**
     * Gives (or takes away) a position: the role in this unit, in Keycloak, by membership of the
     * position's group (made if the unit has none yet, carrying the realm role). The person's next
     * token carries the change. Taking the last position in a unit leaves them a plain member of
     * it. Needs manage-users. The answers kept a while about who holds what are dropped, so the
     * inbox and pages see it at once.
     */
    public void setPosition(String unitCode, String username, String role, boolean held) {
        String userId = user(username)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Không có người dùng " + username + ". / No user " + username + "."))
                .getString("id");
        String unitId = groupId(unitCode)
                .orElseThrow(() ->
                        new IllegalArgumentException("Không có đơn vị " + unitCode + ". / No unit " + unitCode + "."));
        Map<String, java.util.List<String>> positions = positionGroups(unitCode);
        if (held) {
            String roleGroup = positions.containsKey(role) ? positions.get(role).get(0) : createPosition(unitId, role);
            membership(userId, roleGroup, true);
            membership(userId, unitId, false);
        } else {
            for (String id : positions.getOrDefault(role, java.util.List.of())) {
                membership(userId, id, false);
            }
            boolean holdsAnother = positions.entrySet().stream()
                    .filter(e -> !e.getKey().equals(role))
                    .flatMap(e -> e.getValue().stream())
                    .anyMatch(id -> members(Optional.of(id)).stream().anyMatch(u -> userId.equals(u.getString("id"))));
            if (!holdsAnother) {
                membership(userId, unitId, true);
            }
        }
        holders.clear();
    }

    private String createPosition(String unitId, String role) {
        return keycloak.createPosition(unitId, role);
    }

    private void membership(String userId, String groupId, boolean member) {
        keycloak.membership(userId, groupId, member);
    }

    private Optional<JsonObject> user(String username) {
        return keycloak.user(username);
    }

    /**
     * A unit's name for a page to show; its code when the directory cannot be asked right now, so
     * a page that names units still opens while Keycloak is away.
     */
    public String unitName(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return "";
        }
        try {
            return unit(unitCode).name();
        } catch (RuntimeException unreachable) {
            return unitCode;
        }
    }

    private static String fullNameOf(JsonObject user, String fallback) {
        String full = (user.getString("lastName", "") + " " + user.getString("firstName", "")).strip();
        return full.isEmpty() ? fallback : full;
    }

    /**
     * Where a person stands now: whether their account is enabled, and the positions they hold
     * (from the paths of their groups). Always read fresh: it decides whether a signed-in session
     * may go on after a person was disabled or lost a position. Empty when no such person exists.
     */
    public Optional<Standing> standingOf(String username) {
        Optional<JsonObject> user = user(username);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Set<Position> positions = keycloak.groupsOf(user.get().getString("id")).stream()
                .map(group -> group.getString("path", ""))
                .map(Position::fromGroupPath)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Standing(user.get().getBoolean("enabled", true), positions));
    }

    /** A person's account state and positions, as Keycloak holds them at this moment. */
    public record Standing(boolean enabled, Set<Position> positions) {

        /** Whether the person still holds this role in this unit (whatever its title now). */
        public boolean holds(String unit, String role) {
            return positions.stream()
                    .anyMatch(p -> p.unit().equals(unit) && p.role().equals(role));
        }
    }

    /**
     * A person's full name in Vietnamese order, family name first ("Trần Huy Kiên"), as printed
     * on documents; the user name itself when the directory has no such person.
     */
    public String fullName(String username) {
        Cached<String> cached = people.get(username);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        String name = user(username).map(user -> fullNameOf(user, username)).orElse(username);
        people.put(username, new Cached<>(name, Instant.now().plus(TTL)));
        return name;
    }

    /**
     * Every unit of the org chart with the unit above it (null at the top): the tree that
     * measurement figures roll up along. Read group by group from Keycloak, cached like the rest.
     */
    public Map<String, String> parents() {
        return chart().parents();
    }

    /**
     * Every unit's name (the group's description; the code where it has none), read with the tree:
     * what a page shows when a person picks units from the org chart.
     */
    public Map<String, String> names() {
        return chart().names();
    }

    /** Every unit's type attribute (department, district, commune...; empty where it has none). */
    public Map<String, String> types() {
        return chart().types();
    }

    private record Chart(Map<String, String> parents, Map<String, String> names, Map<String, String> types) {}

    private Chart chart() {
        Cached<Chart> cached = tree;
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        Map<String, String> parents = new java.util.HashMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        Map<String, String> types = new java.util.HashMap<>();
        java.util.Deque<Map.Entry<String, String>> pending = new java.util.ArrayDeque<>();
        // (group id, its code); the top level first, then each group's children.
        keycloak.topGroups().forEach(g -> {
            parents.put(g.getString("name"), null);
            names.put(g.getString("name"), nameOf(g));
            types.put(g.getString("name"), typeOf(g));
            pending.add(Map.entry(g.getString("id"), g.getString("name")));
        });
        while (!pending.isEmpty()) {
            Map.Entry<String, String> parent = pending.poll();
            keycloak.children(parent.getKey(), false).forEach(g -> {
                if (!isUnit(g.getString("name"))) {
                    return; // a position below the unit, not a unit of the chart
                }
                parents.put(g.getString("name"), parent.getValue());
                names.put(g.getString("name"), nameOf(g));
                types.put(g.getString("name"), typeOf(g));
                // Leaves (wards, communes) are most groups: no call for their empty children.
                if (g.getInt("subGroupCount", 1) > 0) {
                    pending.add(Map.entry(g.getString("id"), g.getString("name")));
                }
            });
        }
        Chart chart = new Chart(
                java.util.Collections.unmodifiableMap(parents),
                java.util.Collections.unmodifiableMap(names),
                java.util.Collections.unmodifiableMap(types));
        tree = new Cached<>(chart, Instant.now().plus(TTL));
        return chart;
    }

    private static String typeOf(JsonObject group) {
        JsonObject attributes = group.getJsonObject("attributes");
        return attributes != null && attributes.containsKey("type")
                ? attributes.getJsonArray("type").getString(0, "")
                : "";
    }

    private static String nameOf(JsonObject group) {
        String description = group.getString("description", "");
        return description.isBlank() ? group.getString("name") : description;
    }

    private volatile Cached<Chart> tree;

    /** What documents print about a unit: its name, its type, and the unit above it. */
    public record UnitInfo(String code, String name, String type, String parentCode) {}

    /**
     * The unit as the org chart holds it (name from the group's description, type from its
     * attribute); the code itself stands in for the name if the directory does not know it, so a
     * document is never held up by a missing name.
     */
    public UnitInfo unit(String unitCode) {
        Cached<UnitInfo> cached = units.get(unitCode);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        JsonArray found = keycloak.search(unitCode, false);
        UnitInfo info = describe(found, unitCode, null).orElse(new UnitInfo(unitCode, unitCode, "", null));
        units.put(unitCode, new Cached<>(info, Instant.now().plus(TTL)));
        return info;
    }

    /**
     * Whether the organisation chart has this unit. Read from the cached tree, so checking a
     * directive's fifty units costs one read of the chart, not a search per unit.
     */
    public boolean knows(String unitCode) {
        return unitCode != null && chart().types().containsKey(unitCode);
    }

    private static Optional<UnitInfo> describe(JsonArray groups, String code, String parent) {
        for (JsonValue value : groups) {
            JsonObject group = value.asJsonObject();
            String name = group.getString("name");
            if (code.equals(name)) {
                String description = group.getString("description", "");
                JsonObject attributes = group.getJsonObject("attributes");
                String type = attributes != null && attributes.containsKey("type")
                        ? attributes.getJsonArray("type").getString(0, "")
                        : "";
                return Optional.of(new UnitInfo(code, description.isBlank() ? code : description, type, parent));
            }
            if (group.containsKey("subGroups")) {
                Optional<UnitInfo> below = describe(group.getJsonArray("subGroups"), code, name);
                if (below.isPresent()) {
                    return below;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> groupId(String unitCode) {
        return keycloak.groupId(unitCode);
    }
}
