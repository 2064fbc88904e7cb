/** What people do with a directive: draft, review, sign, issue, assign or forward, report, consolidate, acknowledge. */
package vn.dieuhanh.directive.boundary;
