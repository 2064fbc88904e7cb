package vn.dieuhanh.fixtureweb.boundary.web;

import vn.dieuhanh.dispatch.entity.OfficialDocument;

/** Breaks the web's rule on purpose, for WebArchitectureRulesBiteTest: a page holding an entity. */
public class PageThatReachesAnEntity {
    OfficialDocument document;
}
