package vn.dieuhanh.identity.control;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.dieuhanh.identity.boundary.Position;

/**
 * Applies an {@link OrgChart} to a Keycloak realm: creates what is missing and changes what
 * differs, so a second run changes nothing and a changed file changes only what changed. Nothing
 * outside the file is deleted: a person's roles and units are brought to the file's only among the
 * roles and units the file names.
 */
public class OrgChartProvisioner {

    private final RealmResource realm;
    private final String initialPassword;
    private final List<String> changes = new ArrayList<>();

    /** @param initialPassword given to people created now; null leaves them to set one by e-mail. */
    public OrgChartProvisioner(RealmResource realm, String initialPassword) {
        this.realm = Objects.requireNonNull(realm, "realm");
        this.initialPassword = initialPassword;
    }

    /** Applies the chart and returns one line per change made (empty when nothing changed). */
    public List<String> apply(OrgChart chart) {
        changes.clear();
        positionGroups.clear();
        joined.clear();
        Set<String> roleNames = applyRoles(chart.roles());
        Map<String, String> groupIds = applyUnits(chart);
        chart.people().forEach(person -> applyPerson(person, roleNames, groupIds));
        return List.copyOf(changes);
    }

    private Set<String> applyRoles(List<OrgChart.Role> roles) {
        Map<String, RoleRepresentation> existing = new HashMap<>();
        realm.roles().list(false).forEach(role -> existing.put(role.getName(), role));
        Set<String> names = new HashSet<>();
        for (OrgChart.Role role : roles) {
            names.add(role.name());
            RoleRepresentation current = existing.get(role.name());
            if (current == null) {
                realm.roles().create(new RoleRepresentation(role.name(), role.description(), false));
                changes.add("role created: " + role.name());
            } else if (!Objects.equals(current.getDescription(), role.description())) {
                current.setDescription(role.description());
                realm.roles().get(role.name()).update(current);
                changes.add("role updated: " + role.name());
            }
        }
        return names;
    }

    /** Units are groups named by their code, with the Vietnamese name as description. */
    private Map<String, String> applyUnits(OrgChart chart) {
        Map<String, String> paths = chart.unitPaths();
        Map<String, String> ids = new HashMap<>();
        for (var entry : chart.unitsTopDown()) {
            OrgChart.Unit unit = entry.getKey();
            String parent = entry.getValue();
            GroupRepresentation current = groupAt(paths.get(unit.code()));
            Map<String, List<String>> attributes = Map.of("code", List.of(unit.code()), "type", List.of(unit.type()));
            if (current == null) {
                var group = new GroupRepresentation();
                group.setName(unit.code());
                group.setDescription(unit.name());
                group.setAttributes(attributes);
                try (Response response = parent == null
                        ? realm.groups().add(group)
                        : realm.groups().group(ids.get(parent)).subGroup(group)) {
                    ids.put(unit.code(), createdId(response, unit.code()));
                }
                changes.add("unit created: " + paths.get(unit.code()));
            } else {
                ids.put(unit.code(), current.getId());
                if (!Objects.equals(current.getDescription(), unit.name())
                        || !attributes.equals(current.getAttributes())) {
                    current.setDescription(unit.name());
                    current.setAttributes(attributes);
                    realm.groups().group(current.getId()).update(current);
                    changes.add("unit updated: " + paths.get(unit.code()));
                }
            }
        }
        return ids;
    }

    private GroupRepresentation groupAt(String path) {
        try {
            return realm.getGroupByPath(path);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private void applyPerson(OrgChart.Person person, Set<String> managedRoles, Map<String, String> groupIds) {
        UserRepresentation current = realm.users().searchByUsername(person.username(), true).stream()
                .findFirst()
                .orElse(null);
        UserResource user;
        if (current == null) {
            var rep = new UserRepresentation();
            rep.setUsername(person.username());
            describe(rep, person);
            try (Response response = realm.users().create(rep)) {
                user = realm.users().get(createdId(response, person.username()));
            }
            if (initialPassword != null) {
                var credential = new CredentialRepresentation();
                credential.setType(CredentialRepresentation.PASSWORD);
                credential.setValue(initialPassword);
                credential.setTemporary(false);
                user.resetPassword(credential);
            }
            changes.add("person created: " + person.username());
        } else {
            user = realm.users().get(current.getId());
            if (!Objects.equals(current.getFirstName(), person.firstName())
                    || !Objects.equals(current.getLastName(), person.lastName())
                    || !Objects.equals(current.getEmail(), person.email())
                    || !Boolean.TRUE.equals(current.isEnabled())) {
                describe(current, person);
                user.update(current);
                changes.add("person updated: " + person.username());
            }
        }
        dropDirectRoles(person, user, managedRoles);
        syncPositions(person, user, groupIds);
    }

    private static void describe(UserRepresentation rep, OrgChart.Person person) {
        rep.setFirstName(person.firstName());
        rep.setLastName(person.lastName());
        rep.setEmail(person.email());
        rep.setEmailVerified(true);
        rep.setEnabled(true);
    }

    /**
     * Roles come with positions now; a role given to the person directly (the earlier form of the
     * chart) would hold in every unit of theirs, so the chart's roles are taken off the person.
     */
    private void dropDirectRoles(OrgChart.Person person, UserResource user, Set<String> managedRoles) {
        List<RoleRepresentation> toRemove = user.roles().realmLevel().listAll().stream()
                .filter(role -> managedRoles.contains(role.getName()))
                .toList();
        if (!toRemove.isEmpty()) {
            user.roles().realmLevel().remove(toRemove);
            changes.add("roles held directly taken from " + person.username() + ": " + names(toRemove));
        }
    }

    /**
     * A person is a member of the group of each position they hold (the title's group where a
     * title is printed), and of the unit's own group only where they hold no role in it. Groups of
     * the chart's units that the file no longer gives them are left.
     */
    private void syncPositions(OrgChart.Person person, UserResource user, Map<String, String> groupIds) {
        Set<String> wanted = new HashSet<>();
        Set<String> positionUnits = new HashSet<>();
        for (Position position : person.held()) {
            wanted.add(positionGroup(position, groupIds));
            positionUnits.add(position.unit());
        }
        for (String unit : person.units()) {
            if (!positionUnits.contains(unit)) {
                wanted.add(groupIds.get(unit));
            }
        }
        Set<String> member = new HashSet<>();
        for (GroupRepresentation group : user.groups()) {
            if (wanted.contains(group.getId())) {
                member.add(group.getId());
            } else if (Position.unitOf(group.getPath())
                    .map(groupIds::containsKey)
                    .orElse(false)) {
                user.leaveGroup(group.getId());
                changes.add(person.username() + " left " + group.getPath());
            }
        }
        for (String id : wanted) {
            if (!member.contains(id)) {
                user.joinGroup(id);
                changes.add(person.username() + " joined " + joined.getOrDefault(id, id));
            }
        }
    }

    /** Group id by (unit, role, title); the path of each, for the change lines. */
    private final Map<Position, String> positionGroups = new HashMap<>();

    private final Map<String, String> joined = new HashMap<>();

    /**
     * The group of a position, made where missing: the role's group below the unit carries the
     * realm role, so its members and the members of its title groups hold that role.
     */
    private String positionGroup(Position position, Map<String, String> groupIds) {
        Position roleOnly = new Position(position.unit(), position.role(), null);
        String roleGroup = positionGroups.get(roleOnly);
        if (roleGroup == null) {
            roleGroup = child(groupIds.get(position.unit()), position.role(), position.unit() + "/" + position.role());
            var mapping = realm.groups().group(roleGroup).roles().realmLevel();
            if (mapping.listAll().stream().noneMatch(r -> r.getName().equals(position.role()))) {
                mapping.add(List.of(realm.roles().get(position.role()).toRepresentation()));
                changes.add(
                        "role " + position.role() + " given to position " + position.unit() + "/" + position.role());
            }
            positionGroups.put(roleOnly, roleGroup);
            joined.put(roleGroup, position.unit() + "/" + position.role());
        }
        if (position.title() == null) {
            return roleGroup;
        }
        String titled = positionGroups.get(position);
        if (titled == null) {
            String label = position.unit() + "/" + position.role() + "/" + position.title();
            titled = child(roleGroup, position.title(), label);
            positionGroups.put(position, titled);
            joined.put(titled, label);
        }
        return titled;
    }

    /** The id of the group of this name below the parent, made if there is none. */
    private String child(String parentId, String name, String label) {
        for (GroupRepresentation group : realm.groups().group(parentId).getSubGroups(0, 1_000, true)) {
            if (name.equals(group.getName())) {
                return group.getId();
            }
        }
        var group = new GroupRepresentation();
        group.setName(name);
        group.setAttributes(Map.of("kind", List.of("position")));
        try (Response response = realm.groups().group(parentId).subGroup(group)) {
            changes.add("position created: " + label);
            return createdId(response, label);
        }
    }

    private static String names(List<RoleRepresentation> roles) {
        return String.join(", ", roles.stream().map(RoleRepresentation::getName).toList());
    }

    private static String createdId(Response response, String what) {
        if (response.getStatus() != 201) {
            throw new IllegalStateException("Keycloak refused to create " + what + ": " + response.getStatus() + " "
                    + response.readEntity(String.class));
        }
        String location = response.getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
