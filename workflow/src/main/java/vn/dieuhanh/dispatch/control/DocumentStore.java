package vn.dieuhanh.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.dieuhanh.dispatch.entity.DocumentVersion;
import vn.dieuhanh.dispatch.entity.OfficialDocument;

/** The queries on documents and their versions, in the caller's transaction. */
@ApplicationScoped
public class DocumentStore {

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    public Optional<OfficialDocument> find(String documentId) {
        return Optional.ofNullable(em.find(OfficialDocument.class, documentId));
    }

    public Optional<OfficialDocument> byShortCode(String code) {
        return em.createNamedQuery(OfficialDocument.BY_SHORT_CODE, OfficialDocument.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The directive's document of this kind (for this unit and period), the latest drawn. */
    public Optional<OfficialDocument> latestOf(String directiveId, String kind, String unitCode, Integer periodIndex) {
        // One row from the database, not the directive's hundreds of documents: every unit's step asks.
        StringBuilder jpql = new StringBuilder(
                "select d from OfficialDocument d where d.directiveId = :directiveId and d.kind = :kind");
        if (unitCode != null) {
            jpql.append(" and d.unitCode = :unitCode");
        }
        if (periodIndex != null) {
            jpql.append(" and d.periodIndex = :periodIndex");
        }
        jpql.append(" order by d.createdAt desc, d.id desc");
        var query = em.createQuery(jpql.toString(), OfficialDocument.class)
                .setParameter("directiveId", directiveId)
                .setParameter("kind", kind)
                .setMaxResults(1);
        if (unitCode != null) {
            query.setParameter("unitCode", unitCode);
        }
        if (periodIndex != null) {
            query.setParameter("periodIndex", periodIndex);
        }
        return query.getResultStream().findFirst();
    }

    /** The directive's documents in the order they were drawn. */
    public List<OfficialDocument> ofDirective(String directiveId) {
        return em.createNamedQuery(OfficialDocument.OF_DIRECTIVE, OfficialDocument.class)
                .setParameter("directiveId", directiveId)
                .getResultList();
    }

    /** The document's versions, oldest first. */
    public List<DocumentVersion> versions(String documentId) {
        return em.createNamedQuery(DocumentVersion.OF_DOCUMENT, DocumentVersion.class)
                .setParameter("documentId", documentId)
                .getResultList();
    }

    public DocumentVersion latest(OfficialDocument document) {
        List<DocumentVersion> versions = versions(document.id());
        return versions.get(versions.size() - 1);
    }

    /** The stored version with exactly these bytes, if any. */
    public Optional<DocumentVersion> bySha256(String sha) {
        return em.createNamedQuery(DocumentVersion.BY_SHA, DocumentVersion.class)
                .setParameter("sha", sha)
                .getResultStream()
                .findFirst();
    }
}
