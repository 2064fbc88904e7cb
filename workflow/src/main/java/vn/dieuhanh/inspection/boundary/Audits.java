package vn.dieuhanh.inspection.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dieuhanh.access.boundary.ReadPolicy;
import vn.dieuhanh.access.boundary.Reader;
import vn.dieuhanh.audit.entity.AuditEntry;
import vn.dieuhanh.audit.entity.AuditHead;
import vn.dieuhanh.directive.boundary.Participations;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.directive.entity.ReportingCycle;
import vn.dieuhanh.engine.boundary.EngineHistory;
import vn.dieuhanh.inspection.control.ChainVerifier;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * Reading the audit: a directive's trail (our entries and the engine's history, merged in time
 * order), search, the chain's verification, the diagram's figures. Only reads: nothing here
 * writes, so an auditor changes nothing by using it. Who reads which trail is the
 * {@link ReadPolicy}'s; a trail the reader may not read is as if it did not exist.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Audits {

    static final ZoneId ZONE = CityTime.ZONE;
    /** The most lines one answer holds; exports page through the rest. */
    public static final int MAX_PAGE = 10_000;

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    EngineHistory engine;

    @Inject
    Participations participations;

    /** A page of a directive's trail; {@code more} says whether lines follow. */
    public record Trail(
            String directiveId,
            String code,
            String subject,
            String status,
            int offset,
            int limit,
            boolean more,
            List<TrailEvent> events) {}

    /** What the diagram view paints: the models, runs per step (per unit) and the open steps. */
    public record Diagram(
            String directiveId,
            String code,
            List<EngineHistory.Model> models,
            List<EngineHistory.ActivityCount> counts) {}

    public Trail trail(
            String directiveId, Reader reader, OffsetDateTime from, OffsetDateTime to, int offset, int limit) {
        Directive directive = visible(directiveId, reader);
        int window = page(offset, limit);
        List<TrailEvent> merged = merged(directive, from, to, null, window + 1);
        boolean more = merged.size() > window;
        List<TrailEvent> slice = merged.subList(Math.min(offset, merged.size()), Math.min(window, merged.size()));
        return new Trail(
                directive.id(),
                directive.code(),
                directive.subject(),
                directive.status().name(),
                offset,
                limit,
                more,
                List.copyOf(slice));
    }

    /**
     * Entries matching every given criterion, oldest first. With a directive, the engine's events
     * of it come along (they have no person, so not when a person is asked for); without one, only
     * auditors may search across directives.
     */
    public List<TrailEvent> search(AuditSearch criteria, Reader reader, int offset, int limit) {
        int window = page(offset, limit);
        List<TrailEvent> found;
        if (criteria.directiveId() != null) {
            Directive directive = visible(criteria.directiveId(), reader);
            found = merged(directive, criteria.from(), criteria.to(), criteria, window);
        } else {
            if (!ReadPolicy.maySearchEveryTrail(reader)) {
                throw new AuditProblem(
                        AuditProblem.Kind.INVALID,
                        "Chỉ kiểm tra viên được tìm trên mọi văn bản chỉ đạo; hãy chọn một văn bản. / Only auditors"
                                + " search across directives; choose one directive.");
            }
            found = trail(entries(null, criteria, window));
        }
        return List.copyOf(found.subList(Math.min(offset, found.size()), Math.min(window, found.size())));
    }

    /** Walks the whole chain in pages, oldest first, and reports the first broken link. */
    public ChainCheck verify() {
        // Read from the database, never from the cache: the point is to see what is stored now.
        AuditHead head = em.createQuery("select h from AuditHead h", AuditHead.class)
                .setHint("eclipselink.refresh", true)
                .getSingleResult();
        var links = new java.util.Iterator<ChainVerifier.Link>() {
            private long after = 0;
            private List<AuditEntry> batch = List.of();
            private int next = 0;

            @Override
            public boolean hasNext() {
                if (next < batch.size()) {
                    return true;
                }
                batch = em.createQuery(
                                "select e from AuditEntry e where e.seq > :after order by e.seq", AuditEntry.class)
                        .setParameter("after", after)
                        .setMaxResults(2000)
                        .setHint("eclipselink.refresh", true)
                        .getResultList();
                next = 0;
                return !batch.isEmpty();
            }

            @Override
            public ChainVerifier.Link next() {
                AuditEntry e = batch.get(next++);
                after = e.seq();
                return ChainVerifier.Link.of(e);
            }
        };
        return ChainVerifier.verify(links, head.lastSeq(), head.lastHash());
    }

    public Diagram diagram(String directiveId, Reader reader) {
        Directive directive = visible(directiveId, reader);
        if (directive.processInstanceId() == null) {
            return new Diagram(directive.id(), directive.code(), List.of(), List.of());
        }
        return new Diagram(
                directive.id(),
                directive.code(),
                engine.models(directive.processInstanceId()),
                engine.counts(directive.processInstanceId()));
    }

    /**
     * The directive with this id or code, if the read policy lets the reader read its trail (see
     * {@link ReadPolicy#mayReadTrail}); as if absent otherwise.
     */
    public Directive visible(String idOrCode, Reader reader) {
        Directive directive = em.find(Directive.class, idOrCode);
        if (directive == null) {
            directive = em.createNamedQuery(Directive.BY_CODE, Directive.class)
                    .setParameter("code", idOrCode)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
        }
        if (directive == null || !ReadPolicy.mayReadTrail(reader, participations.of(directive))) {
            throw new AuditProblem(
                    AuditProblem.Kind.NOT_FOUND,
                    "Không tìm thấy văn bản chỉ đạo " + idOrCode + ". / No directive " + idOrCode + ".");
        }
        return directive;
    }

    private List<TrailEvent> merged(
            Directive directive, OffsetDateTime from, OffsetDateTime to, AuditSearch criteria, int window) {
        AuditSearch within = criteria != null ? criteria : new AuditSearch(directive.id(), null, null, from, to, null);
        List<TrailEvent> ours = trail(entries(directive, within, window));
        List<TrailEvent> theirs = List.of();
        boolean engineToo =
                within.person() == null && (within.kind() == null || Trails.ENGINE_KINDS.contains(within.kind()));
        if (engineToo && directive.processInstanceId() != null) {
            // A unit narrows after the read: a generous window keeps enough lines after filtering.
            int engineWindow = within.unitCode() == null ? window : MAX_PAGE * 2;
            theirs = engine.events(directive.processInstanceId(), instant(from), instant(to), engineWindow).stream()
                    .map(e -> Trails.of(e, directive.id(), directive.code()))
                    .filter(e -> within.unitCode() == null || within.unitCode().equals(e.unitCode()))
                    .filter(e -> within.kind() == null || within.kind().equals(e.kind()))
                    .toList();
        }
        return Trails.merge(ours, theirs, window);
    }

    /** Our entries as trail lines, each period named by its directive's cycle (read once per directive). */
    private List<TrailEvent> trail(List<AuditEntry> entries) {
        Map<String, Optional<ReportingCycle>> cycles = new HashMap<>();
        return entries.stream()
                .map(e -> Trails.of(e, periodLabel(e, cycles), engine.stepName(e.stepKey())))
                .toList();
    }

    private String periodLabel(AuditEntry e, Map<String, Optional<ReportingCycle>> cycles) {
        if (e.periodIndex() == null || e.directiveId() == null) {
            return null;
        }
        ReportingCycle cycle = cycles.computeIfAbsent(
                        e.directiveId(),
                        id -> Optional.ofNullable(em.find(Directive.class, id)).map(Directive::cycle))
                .orElse(null);
        return cycle == null || e.periodIndex() < 0 || e.periodIndex() >= cycle.periodCount()
                ? null
                : cycle.label(e.periodIndex());
    }

    private List<AuditEntry> entries(Directive directive, AuditSearch c, int window) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (directive != null) {
            if (directive.incomingDocumentId() != null) {
                jpql.append(" and (e.directiveId = :directive or e.caseRef = :incoming)");
                parameters.put("incoming", directive.incomingDocumentId());
            } else {
                jpql.append(" and e.directiveId = :directive");
            }
            parameters.put("directive", directive.id());
        }
        if (c.unitCode() != null) {
            jpql.append(" and e.unitCode = :unit");
            parameters.put("unit", c.unitCode());
        }
        if (c.person() != null) {
            jpql.append(" and e.actor = :person");
            parameters.put("person", c.person());
        }
        if (c.kind() != null) {
            jpql.append(" and e.kind = :kind");
            parameters.put("kind", c.kind());
        }
        if (c.from() != null) {
            jpql.append(" and e.recordedAt >= :from");
            parameters.put("from", c.from());
        }
        if (c.to() != null) {
            jpql.append(" and e.recordedAt < :to");
            parameters.put("to", c.to());
        }
        jpql.append(" order by e.recordedAt, e.seq");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(window).getResultList();
    }

    private static int page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new AuditProblem(
                    AuditProblem.Kind.INVALID,
                    "Vị trí phải từ 0 và số dòng từ 1 đến " + MAX_PAGE + ". / The offset must be 0 or more and the"
                            + " limit 1 to " + MAX_PAGE + ".");
        }
        return offset + limit;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
