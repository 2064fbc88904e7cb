package vn.dieuhanh.identity.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dieuhanh.delegation.boundary.Delegations;
import vn.dieuhanh.directive.boundary.Actor;
import vn.dieuhanh.engine.boundary.CandidateGroups;
import vn.dieuhanh.identity.boundary.Position;
import vn.dieuhanh.platform.boundary.web.Roles;
import vn.dieuhanh.platform.boundary.web.Text;

/**
 * The signed-in user of this request: name, roles, and the positions they hold (the {@code unit}
 * claim holds Keycloak group paths such as {@code /UBND-HP/SO-TP/unit-head/Phó Giám đốc}: a role
 * held in a unit, with its title; see {@link Position}). The task groups a user may act on are
 * exactly the {@code UNIT:role} pairs they hold, never every unit times every role: the head of
 * one department who is an officer of another is not the head of the second.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    private List<String> units;

    private List<Position> positions;

    public String name() {
        return security.getCallerPrincipal().getName();
    }

    public List<String> roles() {
        return Roles.ALL.stream().filter(security::isCallerInRole).toList();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /**
     * The codes of the units the caller holds a position in or belongs to, from the token Liberty
     * has already verified: what they may read.
     */
    public List<String> units() {
        if (units == null) {
            units = unitPaths().stream()
                    .map(Position::unitOf)
                    .flatMap(java.util.Optional::stream)
                    .distinct()
                    .toList();
        }
        return units;
    }

    /**
     * The positions the caller holds whose role the token also grants (a position group without
     * its role mapping gives nothing).
     */
    public List<Position> positions() {
        if (positions == null) {
            positions = unitPaths().stream()
                    .map(Position::fromGroupPath)
                    .flatMap(java.util.Optional::stream)
                    .filter(position -> hasRole(position.role()))
                    .distinct()
                    .toList();
        }
        return positions;
    }

    /**
     * The engine groups this caller's tasks are offered to: exactly the positions held, and the
     * positions they act in today for someone else (a delegation), limited to the steps delegated.
     */
    public Set<String> taskGroups() {
        if (taskGroups == null) {
            Set<String> groups = new LinkedHashSet<>();
            for (Position position : positions()) {
                groups.add(CandidateGroups.of(position.unit(), position.role()));
            }
            groups.addAll(delegations.actingGroupsOf(name()));
            taskGroups = Set.copyOf(groups);
        }
        return taskGroups;
    }

    private Set<String> taskGroups;

    @Inject
    Delegations delegations;

    /** The titles of the caller's positions, by unit (the first where a unit has several). */
    public java.util.Map<String, String> titles() {
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        positions().stream().filter(p -> p.title() != null).forEach(p -> titles.putIfAbsent(p.unit(), p.title()));
        return titles;
    }

    /** The caller as the workflow's steps record and documents print them. */
    public Actor actor() {
        return new Actor(name(), displayName(), titles());
    }

    /**
     * The caller's full name in Vietnamese order, family name first ("Trần Huy Kiên"): printed
     * under a signature. Keycloak's own "name" claim puts the given name first, so it is built
     * from the two parts; the user name when the token carries neither.
     */
    public String displayName() {
        String family = text(claim("family_name"));
        String given = text(claim("given_name"));
        String full = (family + " " + given).strip();
        return full.isEmpty() ? name() : Text.clean(full);
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString().strip();
        }
        return claim == null ? "" : String.valueOf(claim).strip();
    }

    private Object claim(String name) {
        Object claim = claimFromLiberty(name);
        return claim != null ? claim : claimFromBearerToken(name);
    }

    private List<String> unitPaths() {
        Object claim = claim("unit");
        List<String> paths = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> paths.add(String.valueOf(value)));
        } else if (claim instanceof JsonArray array) {
            array.forEach(value -> paths.add(((JsonString) value).getString()));
        } else if (claim != null) {
            paths.add(String.valueOf(claim));
        }
        return paths;
    }

    /**
     * Liberty's OpenID Connect client keeps the verified token of the session or of the bearer
     * request; its helper is server API, called reflectively so the WAR compiles without it.
     */
    private static Object claimFromLiberty(String name) {
        try {
            Class<?> helper = Class.forName("com.ibm.websphere.security.openidconnect.PropagationHelper");
            Object idToken = helper.getMethod("getIdToken").invoke(null);
            return idToken == null
                    ? null
                    : idToken.getClass().getMethod("getClaim", String.class).invoke(idToken, name);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** The payload of the bearer token, which Liberty verified before this request reached us. */
    private Object claimFromBearerToken(String name) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = header.substring("Bearer ".length()).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject payload = reader.readObject();
            return payload.get(name);
        }
    }
}
