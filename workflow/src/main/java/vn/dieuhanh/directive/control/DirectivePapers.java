package vn.dieuhanh.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dieuhanh.directive.entity.Directive;
import vn.dieuhanh.dispatch.boundary.DocumentTemplates;
import vn.dieuhanh.identity.boundary.Directory;
import vn.dieuhanh.incoming.boundary.IncomingDocuments;
import vn.dieuhanh.platform.control.CityOffice;
import vn.dieuhanh.reporting.boundary.TargetValues;

/** A directive's data as its documents need it, for the people's actions and for the timers. */
@ApplicationScoped
public class DirectivePapers {

    @Inject
    CityOffice cityOffice;

    @Inject
    Directory directory;

    @Inject
    IncomingDocuments incomingDocuments;

    /** The directive as its documents need it. */
    public DocumentTemplates.Directive data(Directive directive) {
        return new DocumentTemplates.Directive(
                directive.code(),
                withoutPrefix(directive.subject()),
                directive.leadUnit(),
                directive.officeUnit(),
                directive.consolidatingUnit(),
                directive.receiverUnit(),
                directive.recipients(),
                directive.targets().stream()
                        .map(t -> new DocumentTemplates.Target(t.name(), TargetValues.requirement(t)))
                        .toList());
    }

    /** A period as documents name it: "Tháng 11/2026", "Quý IV/2026" (see {@code ReportingCycle.label}). */
    public String periodLabel(Directive directive, int periodIndex) {
        return directive.cycle().label(periodIndex);
    }

    public DocumentTemplates.Source source(Directive directive) {
        if (directive.incomingDocumentId() == null) {
            return null;
        }
        var incoming = incomingDocuments.find(directive.incomingDocumentId()).orElse(null);
        return incoming == null
                ? null
                : new DocumentTemplates.Source(
                        incoming.sender(),
                        incoming.senderReference(),
                        incoming.documentDate(),
                        withoutPrefix(incoming.subject()));
    }

    public DocumentTemplates templates() {
        return new DocumentTemplates(
                new DocumentTemplates.City(
                        cityOffice.place(),
                        cityOffice.cityAuthority(),
                        cityOffice.cityAuthorityShort(),
                        cityOffice.officeAuthority()),
                code -> {
                    var unit = directory.unit(code);
                    return new DocumentTemplates.Unit(unit.name(), unit.type(), unit.parentCode());
                });
    }

    /** "V/v đôn đốc ..." is stored as typed; the layout prints the "V/v" itself. */
    static String withoutPrefix(String subject) {
        String trimmed = subject.strip();
        return trimmed.regionMatches(true, 0, "V/v ", 0, 4)
                ? trimmed.substring(4).strip()
                : trimmed;
    }
}
