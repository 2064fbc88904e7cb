package vn.dieuhanh.directive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dieuhanh.access.boundary.Participation;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.UnitAssignment;
import vn.dieuhanh.platform.control.CityOffice;

/**
 * A directive's participation as the read policy needs it: its units from the directive, the
 * city's leadership from the settings, and the sub-units the recipients forwarded to from the
 * assignments. It lives with the directive, whose tables it reads, so that the policy in
 * {@code access} knows no directive and the features ask here for a directive's participation.
 */
@ApplicationScoped
public class Participations {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    CityOffice cityOffice;

    public Participation of(Directive directive) {
        return of(directive, forwarded(directive.id()));
    }

    /** The participation of the directive with this id, for a feature that holds only the id; empty if none. */
    public Optional<Participation> of(String directiveId) {
        return Optional.ofNullable(em.find(Directive.class, directiveId)).map(d -> of(d));
    }

    /** Each directive's participation, with one query for all their forwarded units (the directive list). */
    public Map<String, Participation> ofAll(List<Directive> directives) {
        Map<String, Map<String, String>> forwarded = new HashMap<>();
        if (!directives.isEmpty()) {
            em.createQuery(
                            "select a from UnitAssignment a where a.parentUnit is not null and a.directiveId in :ids",
                            UnitAssignment.class)
                    .setParameter("ids", directives.stream().map(Directive::id).toList())
                    .getResultList()
                    .forEach(a -> forwarded
                            .computeIfAbsent(a.directiveId(), id -> new HashMap<>())
                            .put(a.unitCode(), a.parentUnit()));
        }
        Map<String, Participation> all = new HashMap<>();
        directives.forEach(d -> all.put(d.id(), of(d, forwarded.getOrDefault(d.id(), Map.of()))));
        return all;
    }

    /** As built from a directive and what its recipients forwarded, for tests without a database. */
    public static Participation of(Directive directive, String leaderUnit, Map<String, String> forwardedBy) {
        return new Participation(
                directive.id(),
                leaderUnit,
                directive.officeUnit(),
                directive.recordsOffice(),
                directive.leadUnit(),
                directive.consolidatingUnit(),
                directive.receiverUnit(),
                directive.recipients(),
                forwardedBy);
    }

    private Participation of(Directive directive, Map<String, String> forwardedBy) {
        return of(directive, cityOffice.leaderUnit(), forwardedBy);
    }

    private Map<String, String> forwarded(String directiveId) {
        Map<String, String> forwarded = new HashMap<>();
        em.createQuery(
                        "select a from UnitAssignment a where a.directiveId = :id and a.parentUnit is not null",
                        UnitAssignment.class)
                .setParameter("id", directiveId)
                .getResultList()
                .forEach(a -> forwarded.put(a.unitCode(), a.parentUnit()));
        return forwarded;
    }
}
