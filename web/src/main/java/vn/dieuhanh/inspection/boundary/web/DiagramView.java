package vn.dieuhanh.inspection.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import vn.dieuhanh.engine.boundary.EngineHistory;
import vn.dieuhanh.identity.boundary.DirectoryNames;
import vn.dieuhanh.identity.boundary.web.CallerReader;
import vn.dieuhanh.inspection.boundary.AuditProblem;
import vn.dieuhanh.inspection.boundary.Audits;

/**
 * The diagram view's data, handed to the page as JSON (the same as the API's diagram answer), so
 * the browser script needs no second, separately authenticated request.
 */
@Named
@RequestScoped
public class DiagramView {

    @Inject
    Audits audits;

    @Inject
    CallerReader reader;

    @Inject
    DirectoryNames directory;

    private String directive;
    private Audits.Diagram diagram;
    private String problem;

    public void load() {
        if (directive == null || directive.isBlank()) {
            problem = "Cần chọn văn bản chỉ đạo (?directive=MÃ). / Choose a directive (?directive=CODE).";
            return;
        }
        try {
            diagram = audits.diagram(directive.strip(), reader.reader());
        } catch (AuditProblem e) {
            problem = e.getMessage();
        }
    }

    public String getJson() throws Exception {
        if (diagram == null) {
            return "{}";
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            // With the units' names, which the script shows instead of their codes.
            JsonObjectBuilder names = Json.createObjectBuilder();
            diagram.counts().stream()
                    .map(EngineHistory.ActivityCount::unitCode)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .forEach(code -> names.add(code, directory.unitName(code)));
            try (var reader = Json.createReader(new StringReader(jsonb.toJson(diagram)))) {
                return Json.createObjectBuilder(reader.readObject())
                        .add("unitNames", names)
                        .build()
                        .toString();
            }
        }
    }

    public Audits.Diagram getDiagram() {
        return diagram;
    }

    public String getProblem() {
        return problem;
    }

    public String getDirective() {
        return directive;
    }

    public void setDirective(String directive) {
        this.directive = directive;
    }
}
