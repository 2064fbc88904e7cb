/** Verifying the audit's hash chain, link by link, as an inspector asks. */
package vn.dieuhanh.inspection.control;
