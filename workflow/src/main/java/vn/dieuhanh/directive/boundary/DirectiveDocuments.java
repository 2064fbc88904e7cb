package vn.dieuhanh.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.dieuhanh.access.boundary.Paper;
import vn.dieuhanh.access.boundary.Participation;
import vn.dieuhanh.access.boundary.ReadPolicy;
import vn.dieuhanh.access.boundary.Reader;
import vn.dieuhanh.dispatch.boundary.DocumentPdf;
import vn.dieuhanh.dispatch.boundary.DocumentProblem;
import vn.dieuhanh.dispatch.boundary.DocumentSummary;
import vn.dieuhanh.dispatch.boundary.Documents;

/**
 * A directive's documents as a reader may see them (see {@link ReadPolicy#mayReadDocument}): the
 * rule needs the directive's participation, which is this feature's, so it is applied here and
 * dispatch below stays unaware of who takes part in what. A document the reader may not read
 * is answered as if it did not exist.
 */
@Stateless
public class DirectiveDocuments {

    @Inject
    Documents documents;

    @Inject
    Participations participations;

    /** The directive's readable documents in the order drawn; empty when the directive itself is not readable. */
    public Optional<List<DocumentSummary>> readableOf(String directiveId, Reader reader) {
        Optional<Participation> participation = participations.of(directiveId);
        if (participation.isEmpty() || !ReadPolicy.mayRead(reader, participation.get())) {
            return Optional.empty();
        }
        return Optional.of(documents.ofDirective(directiveId).stream()
                .filter(d -> ReadPolicy.mayReadDocument(reader, participation.get(), paper(d)))
                .toList());
    }

    /** The document, if the reader may read it; else as if absent. */
    public Optional<DocumentSummary> readable(String documentId, Reader reader) {
        return documents.find(documentId).filter(d -> participations
                .of(d.directiveId())
                .filter(p -> ReadPolicy.mayReadDocument(reader, p, paper(d)))
                .isPresent());
    }

    /**
     * One version of a readable document's PDF (the latest when none is named): the rule the API
     * and the pages' PDF address share. Anyone else gets {@link DocumentProblem.Kind#NOT_FOUND}.
     */
    public DocumentPdf readablePdf(String documentId, Integer version, Reader reader) {
        DocumentSummary document = readable(documentId, reader)
                .orElseThrow(() -> new DocumentProblem(
                        DocumentProblem.Kind.NOT_FOUND,
                        "Không tìm thấy văn bản " + documentId + ". / No document " + documentId + "."));
        return documents.pdf(document, version);
    }

    private static Paper paper(DocumentSummary document) {
        return new Paper(document.unitCode(), document.issuerUnit(), document.recipients());
    }
}
