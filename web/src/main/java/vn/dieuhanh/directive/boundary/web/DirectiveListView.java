package vn.dieuhanh.directive.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dieuhanh.access.boundary.ReadPolicy;
import vn.dieuhanh.directive.boundary.DirectiveBoard;
import vn.dieuhanh.identity.boundary.web.CallerReader;

/** The page "Văn bản chỉ đạo": the directives the read policy lets the caller read. */
@Named
@RequestScoped
public class DirectiveListView {

    @Inject
    DirectiveBoard board;

    @Inject
    CallerReader reader;

    private List<DirectiveBoard.Summary> directives;

    /** Whether the menu offers the list: a role that reads directives. */
    public boolean isReader() {
        return ReadPolicy.readsDirectives(reader.reader());
    }

    public List<DirectiveBoard.Summary> getDirectives() {
        if (directives == null) {
            directives = isReader() ? board.visibleTo(reader.reader()) : List.of();
        }
        return directives;
    }
}
