package vn.dieuhanh.delegation.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dieuhanh.audit.boundary.AuditFacts;
import vn.dieuhanh.audit.boundary.AuditKind;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.delegation.entity.Delegation;
import vn.dieuhanh.engine.boundary.CandidateGroups;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * Acting for another (ủy quyền, ký thay). The holder of a position lets a member of the same unit
 * take chosen steps of it between two dates: the deputy then sees and completes those tasks, and a
 * document they sign prints the Decree 30 authority line ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") above
 * their own name and signature. Granting, ending and every use are in the audit trail.
 */
@Stateless
public class Delegations {

    static final ZoneId ZONE = CityTime.ZONE;

    /**
     * The steps a position may hand to a deputy. The head's decisions on a unit's task; the steps
     * of the City Office (signing the letter) stay with the Chief of Office for now, as the office
     * issues them under the city's authority, not the unit's.
     */
    public static final Map<String, List<String>> DELEGABLE =
            Map.of("unit-head", List.of("assignOrForward", "approveUnitReport"));

    /** The longest a delegation may run: a year; a standing one is renewed each year. */
    static final int MAX_DAYS = 366;

    /** A grant or an end the caller may not make, or one that makes no sense: the sentence says why. */
    @ApplicationException(rollback = true)
    public static class DelegationRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean forbidden;

        DelegationRefused(boolean forbidden, String message) {
            super(message);
            this.forbidden = forbidden;
        }

        /** 403 rather than 400: the caller does not hold what they tried to hand on. */
        public boolean forbidden() {
            return forbidden;
        }
    }

    /** A delegation as pages and the API show it. */
    public record Grant(
            String id,
            String unitCode,
            String role,
            List<String> steps,
            String grantor,
            String grantorName,
            String deputy,
            String deputyName,
            LocalDate from,
            LocalDate until,
            String reason,
            boolean inForce,
            OffsetDateTime endedAt) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    AuditLog audit;

    Clock clock = Clock.system(ZONE);

    /**
     * The holder of {@code unit:role} (one of {@code grantorGroups}) lets {@code deputy} take these
     * steps from {@code from} to {@code until}, both included.
     */
    public Grant grant(
            String grantor,
            Collection<String> grantorGroups,
            String unit,
            String role,
            List<String> steps,
            String deputy,
            LocalDate from,
            LocalDate until,
            String reason) {
        if (unit == null || role == null || !grantorGroups.contains(CandidateGroups.of(unit, role))) {
            throw new DelegationRefused(
                    true,
                    "Chỉ người giữ chức vụ này tại đơn vị mới được ủy quyền. / Only the holder of this position in"
                            + " this unit may delegate it.");
        }
        List<String> allowed = DELEGABLE.getOrDefault(role, List.of());
        if (steps == null || steps.isEmpty() || !allowed.containsAll(steps)) {
            throw new DelegationRefused(
                    false,
                    "Chọn các bước được phép ủy quyền (phân công; duyệt, ký báo cáo của đơn vị). / Choose steps that"
                            + " may be delegated (assigning; approving and signing the unit's report).");
        }
        if (deputy == null || deputy.isBlank() || deputy.equals(grantor)) {
            throw new DelegationRefused(
                    false, "Cần chọn một người khác để ủy quyền. / Choose someone else to act for you.");
        }
        if (directory.membersOf(unit).stream().noneMatch(m -> m.username().equals(deputy))) {
            throw new DelegationRefused(
                    false,
                    "Người được ủy quyền phải thuộc đơn vị " + unit + ". / The deputy must be a member of " + unit
                            + ".");
        }
        LocalDate today = LocalDate.now(clock);
        if (from == null || until == null || until.isBefore(from)) {
            throw new DelegationRefused(
                    false, "Ngày kết thúc phải sau ngày bắt đầu. / The end date must not precede the start date.");
        }
        if (from.isBefore(today)) {
            throw new DelegationRefused(
                    false, "Ngày bắt đầu không được ở quá khứ. / The start date cannot lie in the past.");
        }
        if (ChronoUnit.DAYS.between(from, until) >= MAX_DAYS || from.isAfter(today.plusYears(1))) {
            throw new DelegationRefused(
                    false,
                    "Ủy quyền tối đa một năm, bắt đầu trong vòng một năm. / A delegation lasts at most a year and"
                            + " starts within a year.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new DelegationRefused(
                    false, "Cần nêu lý do (tối đa 1000 ký tự). / Give a reason (at most 1000 characters).");
        }
        var delegation = new Delegation(
                unit,
                role,
                List.copyOf(new LinkedHashSet<>(steps)),
                grantor,
                deputy,
                from,
                until,
                reason.strip(),
                OffsetDateTime.now(clock));
        em.persist(delegation);
        audit.append(AuditFacts.of(AuditKind.DELEGATION_GRANTED, grantor)
                .actorName(directory.fullName(grantor))
                .as(unit, role)
                .decision("GRANTED", null)
                .detail("Ủy quyền cho " + directory.fullName(deputy) + " (" + deputy + ") xử lý thay: "
                        + String.join(", ", delegation.steps()) + "; từ " + from + " đến " + until + "; lý do: "
                        + delegation.reason()));
        return view(delegation, today);
    }

    /** The grantor ends a delegation at once (the deputy's open pages stop at their next step). */
    public Grant end(String id, String user) {
        Delegation delegation = id == null ? null : em.find(Delegation.class, id);
        if (delegation == null || !delegation.grantor().equals(user)) {
            throw new DelegationRefused(true, "Không có ủy quyền này của bạn. / You have no such delegation.");
        }
        if (delegation.endedAt() == null) {
            delegation.end(user, OffsetDateTime.now(clock));
            audit.append(AuditFacts.of(AuditKind.DELEGATION_ENDED, user)
                    .actorName(directory.fullName(user))
                    .as(delegation.unitCode(), delegation.role())
                    .decision("ENDED", null)
                    .detail("Chấm dứt ủy quyền cho " + directory.fullName(delegation.deputy()) + " ("
                            + delegation.deputy() + ")"));
        }
        return view(delegation, LocalDate.now(clock));
    }

    /** The delegations this person granted or received, newest first. */
    public List<Grant> of(String user) {
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery(
                        "select d from Delegation d where d.grantor = :user or d.deputy = :user"
                                + " order by d.grantedAt desc",
                        Delegation.class)
                .setParameter("user", user)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(d -> view(d, today))
                .toList();
    }

    /**
     * The task groups this person acts in for others today, each limited to its steps
     * ({@link CandidateGroups#actingFor}): what the inbox and every task check add to their own.
     */
    public Set<String> actingGroupsOf(String deputy) {
        LocalDate today = LocalDate.now(clock);
        Set<String> groups = new LinkedHashSet<>();
        em.createQuery(
                        "select d from Delegation d where d.deputy = :deputy and d.endedAt is null"
                                + " and d.validFrom <= :today and d.validUntil >= :today",
                        Delegation.class)
                .setParameter("deputy", deputy)
                .setParameter("today", today)
                .getResultList()
                .forEach(d -> groups.add(CandidateGroups.actingFor(d.unitCode(), d.role(), d.steps())));
        return groups;
    }

    /**
     * A deputy completed a step under a delegation: recorded with whom they acted for. Called in
     * the step's own transaction.
     */
    public void used(String deputy, String unit, String role, String step, String directiveId) {
        LocalDate today = LocalDate.now(clock);
        List<Delegation> inForce = em.createQuery(
                        "select d from Delegation d where d.deputy = :deputy and d.unitCode = :unit and d.role = :role"
                                + " and d.endedAt is null and d.validFrom <= :today and d.validUntil >= :today",
                        Delegation.class)
                .setParameter("deputy", deputy)
                .setParameter("unit", unit)
                .setParameter("role", role)
                .setParameter("today", today)
                .getResultList();
        String grantors = String.join(
                ", ",
                inForce.stream()
                        .map(d -> directory.fullName(d.grantor()) + " (" + d.grantor() + ")")
                        .toList());
        audit.append(AuditFacts.of(AuditKind.DELEGATION_USED, deputy)
                .actorName(directory.fullName(deputy))
                .as(unit, role)
                .directive(directiveId)
                .step(step, null)
                .detail("Xử lý thay " + grantors + " bước " + step));
    }

    private Grant view(Delegation d, LocalDate today) {
        return new Grant(
                d.id(),
                d.unitCode(),
                d.role(),
                d.steps(),
                d.grantor(),
                directory.fullName(d.grantor()),
                d.deputy(),
                directory.fullName(d.deputy()),
                d.validFrom(),
                d.validUntil(),
                d.reason(),
                d.inForceOn(today),
                d.endedAt());
    }
}
