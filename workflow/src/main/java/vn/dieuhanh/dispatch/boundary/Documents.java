package vn.dieuhanh.dispatch.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.audit.boundary.AuditLog;
import vn.dieuhanh.dispatch.control.DocumentStore;
import vn.dieuhanh.dispatch.control.OfficialLayout;
import vn.dieuhanh.dispatch.control.PdfSignatures;
import vn.dieuhanh.dispatch.control.SignatureBlocks;
import vn.dieuhanh.dispatch.control.Signing;
import vn.dieuhanh.dispatch.control.UnlockedKey;
import vn.dieuhanh.dispatch.control.VietnameseDates;
import vn.dieuhanh.dispatch.entity.DocumentVersion;
import vn.dieuhanh.dispatch.entity.OfficialDocument;
import vn.dieuhanh.dispatch.entity.OfficialDocument.State;
import vn.dieuhanh.platform.boundary.CityTime;

/**
 * The life of an official document inside the caller's action: drawn up, approved, signed by a
 * person with their PIN, numbered and sealed by the records office. Each step stores a new,
 * immutable version with its SHA-256, the step and the person; all of it commits or rolls back
 * with the action (a wrong PIN leaves no version, no number, no state change).
 */
@Stateless
public class Documents {

    private static final ZoneId ZONE = CityTime.ZONE;
    // Nulls written out, so a record read back gets every component it was written with.
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @PersistenceContext(unitName = "dieuhanh")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Registers registers;

    @Inject
    DocumentStore store;

    @Inject
    Signing signing;

    /**
     * The address printed under a document's QR code, {@code {code}} standing for its short code:
     * a setting, since the route that answers it is the web's, not this feature's.
     */
    @Inject
    @ConfigProperty(name = "dieuhanh.documents.verify-link")
    String verifyLink;

    private final OfficialLayout layout = new OfficialLayout();

    Clock clock = Clock.system(ZONE);

    /** Who and where a step happened, for the version it stores. */
    public record Step(String stepKey, String taskId, String person) {}

    /** A document drawn up at a step: a draft to be approved and signed, or a final slip. */
    private OfficialDocument draw(
            String directiveId,
            String unitCode,
            Integer periodIndex,
            String issuerUnit,
            List<String> recipients,
            DocumentContent content,
            State state,
            Step step) {
        OfficialDocument document =
                persisted(directiveId, unitCode, periodIndex, issuerUnit, recipients, content, state);
        DocumentContent addressed = SignatureBlocks.verifiableAt(content, verifyUrl(document));
        store(document, addressed, layout.render(addressed), step);
        return document;
    }

    private OfficialDocument persisted(
            String directiveId,
            String unitCode,
            Integer periodIndex,
            String issuerUnit,
            List<String> recipients,
            DocumentContent content,
            State state) {
        OfficialDocument document = new OfficialDocument(
                directiveId,
                content.kind().name(),
                unitCode,
                periodIndex,
                issuerUnit,
                content.subject(),
                recipients,
                state,
                now());
        em.persist(document);
        return document;
    }

    /**
     * A draft of the directive's document of this kind (for this unit and period): drawn the
     * first time, drawn again as a new version when it comes back to its author.
     */
    public DocumentSummary draft(
            String directiveId,
            String unitCode,
            Integer periodIndex,
            String issuerUnit,
            List<String> recipients,
            DocumentContent content,
            Step step) {
        Optional<OfficialDocument> earlier =
                store.latestOf(directiveId, content.kind().name(), unitCode, periodIndex);
        if (earlier.isPresent()) {
            redraw(earlier.get(), content, step);
            return summary(earlier.get());
        }
        return summary(draw(directiveId, unitCode, periodIndex, issuerUnit, recipients, content, State.DRAFT, step));
    }

    /** A draft redrawn (returned and drafted again): a new version, back to draft. */
    private void redraw(OfficialDocument document, DocumentContent content, Step step) {
        document.returnToDraft();
        DocumentContent addressed = SignatureBlocks.verifiableAt(content, verifyUrl(document));
        store(document, addressed, layout.render(addressed), step);
    }

    /**
     * A slip (opinion or assignment), a record of the unit: numbered in its unit's series at once and
     * sealed by the unit, so that the record verifies as what its unit kept. No person signs it.
     */
    public DocumentSummary drawNumbered(
            String directiveId,
            String unitCode,
            Integer periodIndex,
            String issuerUnit,
            String organisation,
            List<String> recipients,
            DocumentContent content,
            Step step) {
        OfficialDocument document =
                persisted(directiveId, unitCode, periodIndex, issuerUnit, recipients, content, State.SIGNED);
        OffsetDateTime at = now();
        // Slips are internal records: numbered in a series of their own, not in the register of letters.
        String register = "PHIEU:" + issuerUnit;
        int number = registers.next(register, at.getYear());
        DocumentContent numbered = content.numbered(number, at.toLocalDate(), verifyUrl(document));
        UnlockedKey sealKey = signing.unlockSeal(issuerUnit, organisation);
        byte[] pdf = signing.signatures()
                .seal(
                        layout.render(numbered),
                        sealKey,
                        new PdfSignatures.SealAppearance(organisation, signing.image(issuerUnit), at));
        document.issue(register, at.getYear(), number, label(number, content), at.toLocalDate(), at, step.person());
        store(document, numbered, pdf, step);
        return summary(document);
    }

    public void approve(DocumentSummary document) {
        entity(document).approve();
    }

    /** A document sent back to its author (a report returned): drafted again from here. */
    public void returnToDraft(DocumentSummary document) {
        entity(document).returnToDraft();
    }

    /**
     * The signer signs the approved document: drawn once more as final with their name, then
     * their certification signature. A wrong PIN throws before anything is stored.
     */
    public void sign(
            DocumentSummary document, String user, String displayName, String organisation, char[] pin, Step step) {
        sign(document, user, displayName, organisation, pin, step, Optional.empty());
    }

    /**
     * As {@link #sign(DocumentSummary, String, String, String, char[], Step)}; with a deputy's
     * title (blank: "PHÓ" and the head's title), signed for the head: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
     * above the deputy's own name, as Decree 30 writes it.
     */
    public void sign(
            DocumentSummary summary,
            String user,
            String displayName,
            String organisation,
            char[] pin,
            Step step,
            Optional<String> deputyTitle) {
        OfficialDocument document = entity(summary);
        if (document.state() != State.APPROVED) {
            throw new DocumentProblem(
                    DocumentProblem.Kind.CONFLICT,
                    "Văn bản chưa được duyệt nên chưa thể ký. / The document is not approved, so it cannot be signed.");
        }
        UnlockedKey key;
        try {
            key = signing.unlockPerson(user, displayName, organisation, pin);
        } catch (WrongPinException wrong) {
            // The action rolls back; the attempt stays in the trail (a transaction of its own).
            audit.signingRefused(
                    document.directiveId(), document.unitCode(), document.periodIndex(), user, step.stepKey());
            throw wrong;
        }
        DocumentContent content = deputyTitle
                .map(title -> SignatureBlocks.signedFor(content(document), displayName, title))
                .orElseGet(() -> SignatureBlocks.signedBy(content(document), displayName));
        byte[] signed = signing.signatures()
                .signAsAuthor(
                        layout.render(content),
                        key,
                        new PdfSignatures.SignerAppearance(
                                displayName, content.signature().title(), signing.image(user), now()));
        document.signed();
        store(document, content, signed, step);
    }

    /** The number and date line a document would get if issued now (nothing is taken). */
    public record NextNumber(String numberLabel, LocalDate date, String dateLine) {}

    /** What {@link #issue} would write on this document now, for the clerk to see before confirming. */
    public NextNumber peekNumber(DocumentSummary summary) {
        OfficialDocument document = entity(summary);
        OffsetDateTime at = now();
        DocumentContent content = content(document);
        int number = registers.peek(Registers.outgoing(document.issuerUnit(), false), at.getYear());
        return new NextNumber(
                label(number, content), at.toLocalDate(), VietnameseDates.dateLine(content.place(), at.toLocalDate()));
    }

    /** A document drawn only to be looked at (a preview before saving): nothing is stored. */
    public byte[] render(DocumentContent content) {
        return layout.render(content);
    }

    /**
     * The records office gives the number and date in the fields left for them and, where the
     * issuer seals, applies the organisation's seal. Issuing twice is refused.
     */
    public void issue(DocumentSummary document, boolean seal, String organisation, Step step) {
        issue(entity(document), seal, organisation, step);
    }

    private void issue(OfficialDocument document, boolean seal, String organisation, Step step) {
        if (document.state() == State.ISSUED) {
            throw new DocumentProblem(
                    DocumentProblem.Kind.CONFLICT,
                    "Văn bản đã được cho số và phát hành. / The document has already been numbered and issued.");
        }
        if (document.state() != State.SIGNED) {
            throw new DocumentProblem(
                    DocumentProblem.Kind.CONFLICT,
                    "Văn bản chưa được ký nên chưa thể phát hành. / The document is not signed, so it cannot be issued.");
        }
        OffsetDateTime at = now();
        DocumentContent content = content(document);
        String register = Registers.outgoing(document.issuerUnit(), false);
        int number = registers.next(register, at.getYear());
        byte[] pdf = signing.signatures()
                .fillNumberAndDate(
                        store.latest(document).content(),
                        VietnameseDates.number(number),
                        VietnameseDates.dateLine(content.place(), at.toLocalDate()));
        if (seal) {
            UnlockedKey sealKey = signing.unlockSeal(document.issuerUnit(), organisation);
            pdf = signing.signatures()
                    .seal(
                            pdf,
                            sealKey,
                            new PdfSignatures.SealAppearance(organisation, signing.image(document.issuerUnit()), at));
        }
        document.issue(register, at.getYear(), number, label(number, content), at.toLocalDate(), at, step.person());
        store(document, content.numbered(number, at.toLocalDate(), content.verifyUrl()), pdf, step);
    }

    /**
     * Issued at once under the organisation's seal alone, with no person's signature: what a
     * timer does (a reminder letter), since no one is there to type a PIN.
     */
    public DocumentSummary issueUnderSeal(
            String directiveId,
            String unitCode,
            Integer periodIndex,
            String issuerUnit,
            String organisation,
            List<String> recipients,
            DocumentContent content,
            Step step) {
        OfficialDocument document =
                draw(directiveId, unitCode, periodIndex, issuerUnit, recipients, content, State.APPROVED, step);
        document.signed();
        issue(document, true, organisation, step);
        return summary(document);
    }

    public Optional<DocumentSummary> find(String documentId) {
        return store.find(documentId).map(this::summary);
    }

    /** The directive's document of this kind (for this unit and period), the latest drawn. */
    public Optional<DocumentSummary> of(String directiveId, DocumentKind kind, String unitCode, Integer periodIndex) {
        return store.latestOf(directiveId, kind.name(), unitCode, periodIndex).map(this::summary);
    }

    /**
     * Every document of a directive, in the order they were drawn. Unguarded: who may read which
     * is the directive's rule (its participation), applied by {@code directive.boundary}, which
     * the pages and the API ask.
     */
    public List<DocumentSummary> ofDirective(String directiveId) {
        return store.ofDirective(directiveId).stream().map(this::summary).toList();
    }

    /**
     * One version of a document's PDF (the latest when none is named); a version that does not
     * exist is {@link DocumentProblem.Kind#NOT_FOUND}, like a document the reader may not read.
     */
    public DocumentPdf pdf(DocumentSummary document, Integer version) {
        List<DocumentVersion> versions = store.versions(document.id());
        DocumentVersion chosen = version == null
                ? versions.get(versions.size() - 1)
                : versions.stream()
                        .filter(v -> v.version() == version)
                        .findFirst()
                        .orElseThrow(() -> new DocumentProblem(
                                DocumentProblem.Kind.NOT_FOUND,
                                "Văn bản không có phiên bản " + version + ". / The document has no version " + version
                                        + "."));
        String file = (document.numberLabel() == null
                        ? document.kind()
                        : document.numberLabel().replace('/', '-')) + "-v" + chosen.version() + ".pdf";
        return new DocumentPdf(file, chosen.version(), chosen.content(), chosen.sha256());
    }

    /** The document's versions, oldest first, without their PDFs. */
    public List<VersionSummary> versions(String documentId) {
        return store.versions(documentId).stream().map(Documents::summary).toList();
    }

    /** What a holder of a PDF learns: each signature, the hash, and what our register says. */
    public Verification verify(byte[] pdf) {
        String sha = DocumentVersion.sha256(pdf);
        List<SignatureReport> signatures;
        try {
            signatures = signing.signatures().verify(pdf);
        } catch (IllegalArgumentException e) {
            throw new DocumentProblem(DocumentProblem.Kind.INVALID, e.getMessage());
        }
        Optional<DocumentVersion> version = store.bySha256(sha);
        Optional<OfficialDocument> document = version.flatMap(v -> store.find(v.documentId()));
        boolean latest = version.isPresent()
                && document.isPresent()
                && store.latest(document.get()).id().equals(version.get().id());
        return new Verification(sha, signatures, document.map(this::summary), version.map(Documents::summary), latest);
    }

    /** The verification of a document we hold, by its id or short code. */
    public Verification verifyStored(String idOrCode) {
        OfficialDocument document = store.find(idOrCode)
                .or(() -> store.byShortCode(idOrCode))
                .orElseThrow(() -> new DocumentProblem(
                        DocumentProblem.Kind.NOT_FOUND,
                        "Không tìm thấy văn bản " + idOrCode + " trong sổ. / No document " + idOrCode
                                + " in the register."));
        return verify(store.latest(document).content());
    }

    /**
     * The result of a verification.
     *
     * @param latest whether the PDF is the document's current version (an earlier draft matches
     *     the register too, but is not what was issued)
     */
    public record Verification(
            String sha256,
            List<SignatureReport> signatures,
            Optional<DocumentSummary> document,
            Optional<VersionSummary> version,
            boolean latest) {}

    private String verifyUrl(OfficialDocument document) {
        return verifyLink.replace("{code}", document.shortCode());
    }

    private OfficialDocument entity(DocumentSummary document) {
        return store.find(document.id())
                .orElseThrow(() -> new DocumentProblem(
                        DocumentProblem.Kind.NOT_FOUND,
                        "Không tìm thấy văn bản " + document.id() + ". / No document " + document.id() + "."));
    }

    private DocumentSummary summary(OfficialDocument d) {
        return new DocumentSummary(
                d.id(),
                d.directiveId(),
                d.kind(),
                d.unitCode(),
                d.periodIndex(),
                d.issuerUnit(),
                d.subject(),
                d.state().name(),
                d.numberLabel(),
                d.issuedOn(),
                d.issuedAt(),
                d.recipients(),
                verifyUrl(d));
    }

    private static VersionSummary summary(DocumentVersion v) {
        return new VersionSummary(
                v.version(), v.stage(), v.sha256(), v.sizeBytes(), v.stepKey(), v.producedBy(), v.producedAt());
    }

    private DocumentContent content(OfficialDocument document) {
        return JSON.fromJson(document.contentJson(), DocumentContent.class);
    }

    private void store(OfficialDocument document, DocumentContent content, byte[] pdf, Step step) {
        document.describe(JSON.toJson(content));
        int next = store.versions(document.id()).size() + 1;
        DocumentVersion version = new DocumentVersion(
                document.id(), next, document.state().name(), pdf, step.stepKey(), step.taskId(), step.person(), now());
        em.persist(version);
        audit.documentVersion(
                document.directiveId(),
                document.issuerUnit(),
                document.periodIndex(),
                document.id(),
                document.kind(),
                next,
                version.sha256(),
                version.stage(),
                step.stepKey(),
                step.taskId(),
                step.person());
    }

    private static String label(int number, DocumentContent content) {
        return VietnameseDates.number(number) + "/" + content.numberSuffix();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
